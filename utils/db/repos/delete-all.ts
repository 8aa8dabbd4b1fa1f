import type { NgDatabase } from '../schema';

/**
 * "Delete all my data": every table, records and derived data alike, in one
 * transaction (all or nothing). The schema stays, so the database is as a
 * fresh install opens it.
 */
export async function deleteAllData(db: NgDatabase): Promise<{ tables: number }> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
  });
  return { tables: db.tables.length };
}
