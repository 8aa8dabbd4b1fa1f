import { mergeSegments, type ContactIndexSegment } from '@/utils/db/contact-index';
import { NgDatabase } from '@/utils/db/schema';
import { setJurisdiction } from '@/utils/db/repos/jurisdiction';
import type { Jurisdiction } from '@/utils/model/records';
import { isBackupBookkeeping } from '@/utils/db/backup-keys';
import type { RpcContext } from '@/utils/rpc/context';
import type { Caller } from '@/utils/rpc/define';

let counter = 0;

/**
 * A fresh, uniquely named database on fake-indexeddb for one test. Pass a
 * jurisdiction for tests that expect findings: an unset one checks nothing.
 */
export async function freshDb(opts: { jurisdiction?: Jurisdiction } = {}): Promise<NgDatabase> {
  counter += 1;
  const db = new NgDatabase(`test-${Date.now()}-${counter}-${Math.random().toString(36).slice(2)}`);
  await db.open();
  if (opts.jurisdiction) await setJurisdiction(db, opts.jurisdiction);
  return db;
}

export function testContext(db: NgDatabase, caller: Caller = 'page', now = Date.UTC(2026, 10, 22, 4, 0)): RpcContext {
  return { db, caller, now: () => now };
}

/**
 * Every table's rows, for "nothing changed" assertions. It includes the
 * derived table and the backup reminder's counter, so a refused write that
 * still moved a change token is caught too; pass `{ derived: false }` to
 * compare the user's records only (an undo or a restore gives the same
 * records new tokens and counts as changes to back up).
 */
export async function snapshot(db: NgDatabase, opts: { derived?: boolean } = {}): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    if (table.name === 'derived' && opts.derived === false) continue;
    const rows: Array<{ key?: unknown }> = await table.toArray();
    // The contact index's meaning is its folded entries; how writes split them into segments is not.
    if (table.name === 'contactIndex' && opts.derived === false) {
      out[table.name] = mergeSegments(rows as ContactIndexSegment[]).sort((a, b) => (a.id < b.id ? -1 : 1));
      continue;
    }
    out[table.name] = table.name === 'settings' && opts.derived === false ? rows.filter((r) => !isBackupBookkeeping(r.key)) : rows;
  }
  return out;
}
