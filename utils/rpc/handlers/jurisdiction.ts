import { setJurisdiction } from '../../db/repos/jurisdiction';
import type { HandlersFor } from './types';
import type { jurisdictionMethods } from '../methods/jurisdiction';

export const jurisdictionHandlers: HandlersFor<typeof jurisdictionMethods> = {
  // setJurisdiction drops the findings snapshot, so the findings view computes one under the new rulebook.
  'jurisdiction.set': async (input, ctx) => {
    await setJurisdiction(ctx.db, input.jurisdiction);
    return { ok: true };
  },
};
