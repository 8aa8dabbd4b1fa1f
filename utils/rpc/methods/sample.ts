import * as v from 'valibot';
import { LOCALES } from '../../i18n/locales';
import type { SampleCounts } from '../../db/repos/sample';
import { method } from '../define';

// The optional first-run dataset. Extension pages only: a web page's tab must
// never be able to add or delete records.
export const sampleMethods = {
  'sample.load': method<SampleCounts>()(
    v.strictObject({
      locale: v.picklist(LOCALES),
      /** The page's UTC offset, so sample times fall on the user's wall clock (night calls at night). */
      tzOffsetMin: v.pipe(v.number(), v.integer(), v.minValue(-840), v.maxValue(840)),
    }),
    ['page'],
  ),
  'sample.remove': method<{ removed: number }>()(v.strictObject({}), ['page']),
};
