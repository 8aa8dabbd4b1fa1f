import { NgDatabase } from '@/utils/db/schema';
import type { RpcContext } from '@/utils/rpc/context';
import type { Caller } from '@/utils/rpc/define';

let counter = 0;

/** A fresh, uniquely named database on fake-indexeddb for one test. */
export async function freshDb(): Promise<NgDatabase> {
  counter += 1;
  const db = new NgDatabase(`test-${Date.now()}-${counter}-${Math.random().toString(36).slice(2)}`);
  await db.open();
  return db;
}

export function testContext(db: NgDatabase, caller: Caller = 'page', now = Date.UTC(2026, 10, 22, 4, 0)): RpcContext {
  return { db, caller, now: () => now, emit: () => {} };
}

/** Every table's rows, for "nothing changed" assertions. */
export async function snapshot(db: NgDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}
