import * as v from 'valibot';
import { JURISDICTIONS } from '../../model/records';
import { method } from '../define';

// The user's jurisdiction (onboarding and Settings). Extension pages only.
export const jurisdictionMethods = {
  'jurisdiction.set': method<{ ok: true }>()(v.strictObject({ jurisdiction: v.picklist(JURISDICTIONS) }), ['page']),
};
