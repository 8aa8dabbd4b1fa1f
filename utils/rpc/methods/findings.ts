import * as v from 'valibot';
import type { RefreshResult } from '../../db/repos/findings-snapshot';
import type { FindingsSnapshot } from '../../db/repos/findings-snapshot-read';
import { method } from '../define';

// The findings view asks for this when the snapshot it read is outdated
// (after a write the background did not see, e.g. a backup restored in a
// page). Computing writes only derived data, never the user's records.
export const findingsMethods = {
  'findings.refresh': method<{ result: RefreshResult }>()(v.strictObject({}), ['page']),
  /** The view's first read, from the background's open database (raced in entrypoints/dashboard/sections.ts). */
  'findings.snapshot': method<FindingsSnapshot>()(v.strictObject({}), ['page']),
};
