import { AppError } from '../../model/errors';
import type { NgDatabase } from '../schema';

// Idempotent adds. The worker can be killed after an add's
// transaction committed and before its reply reached the page; the page then
// cannot know whether the record exists. Every add may carry a key the page
// keeps with its draft: the key is written in the SAME transaction as the
// record, so a retry with the key returns the stored record instead of
// storing it twice. Keys are kept a week, far longer than any retry.

export const WRITE_KEY_TTL_MS = 7 * 24 * 60 * 60 * 1000;
export type KeyedTable = 'contacts' | 'agreements' | 'complaints' | 'userSites';

/**
 * Runs `add` unless `key` already created a record, which is returned as
 * stored. Must run inside the caller's read-write transaction, which includes
 * db.writeKeys and the table; `add` must not await anything but Dexie.
 */
export async function keyedAdd<T extends { id: string }>(
  db: NgDatabase,
  key: string | undefined,
  table: KeyedTable,
  now: number,
  add: () => Promise<T>,
): Promise<T> {
  if (key === undefined) return add();
  const prior = await db.writeKeys.get(key);
  if (prior) {
    const stored = prior.table === table ? ((await db.table(table).get(prior.id)) as T | undefined) : undefined;
    if (stored) return stored;
    throw new AppError({
      code: 'conflict',
      messageKey: prior.table === table ? 'hardening.write.deletedSince' : 'error.internal',
      message:
        prior.table === table ? 'this was saved before and has been deleted since' : 'the request key belongs to another kind of record',
    });
  }
  const out = await add();
  await db.writeKeys.put({ key, table, id: out.id, at: now });
  await db.writeKeys
    .where('at')
    .below(now - WRITE_KEY_TTL_MS)
    .delete();
  return out;
}
