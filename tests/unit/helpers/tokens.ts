import { CONCERNS, type Concern } from '@/utils/db/change-tokens';
import { getReminderState } from '@/utils/db/repos/backup-state';
import { readTokens } from '@/utils/db/repos/change-tokens';
import type { NgDatabase } from '@/utils/db/schema';

export interface Moved {
  /** The concerns whose token the write replaced, in CONCERNS order. */
  moved: Concern[];
  /** How much the backup reminder's change counter went up. */
  counted: number;
}

/** Runs a write and reports which change tokens it moved and how many backup changes it counted. */
export async function movedBy(db: NgDatabase, write: () => Promise<unknown>): Promise<Moved> {
  const [before, countBefore] = [await readTokens(db), (await getReminderState(db)).changesSince];
  await write();
  const [after, countAfter] = [await readTokens(db), (await getReminderState(db)).changesSince];
  return { moved: CONCERNS.filter((c) => before[c] !== after[c]), counted: countAfter - countBefore };
}
