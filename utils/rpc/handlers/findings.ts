import { refreshFindingsSnapshot } from '../../db/repos/findings-snapshot';
import type { findingsMethods } from '../methods/findings';
import type { HandlersFor } from './types';

export const findingsHandlers: HandlersFor<typeof findingsMethods> = {
  // No 'data-changed': the snapshot is derived from the records, not a change to them.
  'findings.refresh': async (_input, ctx) => ({ result: await refreshFindingsSnapshot(ctx.db, ctx.now) }),
};
