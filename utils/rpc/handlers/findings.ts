import { refreshFindingsSnapshot } from '../../db/repos/findings-snapshot';
import { readFindingsSnapshot } from '../../db/repos/findings-snapshot-read';
import type { findingsMethods } from '../methods/findings';
import type { HandlersFor } from './types';

export const findingsHandlers: HandlersFor<typeof findingsMethods> = {
  // Writes only the derived table: no change token of the user's records moves.
  'findings.refresh': async (_input, ctx) => ({ result: await refreshFindingsSnapshot(ctx.db, ctx.now) }),
  // The same two rows the view reads itself: the view takes whichever answer comes first.
  'findings.snapshot': (_input, ctx) => readFindingsSnapshot(ctx.db),
};
