import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface DbFixture {
  version: number;
  stores: Record<string, string>;
  data: Record<string, Array<Record<string, unknown>>>;
}

export function loadFixture(name: string): DbFixture {
  return JSON.parse(readFileSync(resolve('tests/fixtures/db', name), 'utf8')) as DbFixture;
}

/** JSON cannot hold Blobs: fixtures carry them as base64 in `blobBase64`. */
export function reviveRow(row: Record<string, unknown>): Record<string, unknown> {
  if (typeof row.blobBase64 !== 'string') return row;
  const { blobBase64, ...rest } = row;
  return { ...rest, blob: new Blob([Buffer.from(blobBase64 as string, 'base64')], { type: String(row.mime ?? '') }) };
}

/**
 * Creates a database exactly as an older release left it: the schema comes
 * from the fixture (not from today's code), so the current code's upgrade
 * path is what gets tested when it opens the database.
 */
export async function createOldDatabase(name: string, fixture: DbFixture): Promise<void> {
  const old = new Dexie(name);
  old.version(fixture.version).stores(fixture.stores);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.data)) await old.table(table).bulkAdd(rows.map(reviveRow));
  });
  old.close();
}

/** A fixture's rows with Blobs revived, table by table (the shape backups and restores use). */
export function fixtureTables(name = 'v1.json'): Record<string, Array<Record<string, unknown>>> {
  const fx = loadFixture(name);
  return Object.fromEntries(Object.entries(fx.data).map(([t, rows]) => [t, rows.map(reviveRow)]));
}
