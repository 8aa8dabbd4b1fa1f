import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Dexie from 'dexie';
import * as v from 'valibot';
import { SCHEMA_VERSIONS } from '@/utils/db/schema';
import { writeBackup } from '@/utils/backup/writer';
import { readBackup } from '@/utils/backup/reader';
import { BACKUP_TABLES, TABLE_SCHEMAS, type BackupTable } from '@/utils/domain/backup/tables';
import { createOldDatabase, loadFixture, reviveRow, type DbFixture } from './migration-harness';
import { comparable, consistent, rowsArb } from '../backup/arbitraries';

// A test-only schema version 2 on top of version 1, shaped like a typical real
// change: a new compound index on contacts and an upgrade that adds a field to
// lenders. It is independent of the released version 2 (which only adds the
// derived table; see migrations.test.ts).
// It proves that today's migration path (Dexie upgrade for stored data, the
// BACKUP_UPGRADES pipeline for backup files) keeps every version-1 record.
const V2_STORES = { ...SCHEMA_VERSIONS[0]!.stores, contacts: `${SCHEMA_VERSIONS[0]!.stores.contacts}, [lenderId+at]` };
const addAliases = (l: Record<string, unknown>) => ({ ...l, aliases: [] as string[] });

function openV2(name: string): Dexie {
  const db = new Dexie(name);
  db.version(1).stores(SCHEMA_VERSIONS[0]!.stores);
  db.version(2)
    .stores(V2_STORES)
    .upgrade((tx) =>
      tx
        .table('lenders')
        .toCollection()
        .modify((l: Record<string, unknown>) => Object.assign(l, addAliases({}))),
    );
  return db;
}

/** The tables of schema version 1 (the OCR table of version 5 and the import tables of 7 came after this test-only schema). */
const LATER: readonly string[] = ['ocrTexts', 'imports', 'importLinks', 'numberBook'];
const V1_TABLES = BACKUP_TABLES.filter((t) => !LATER.includes(t));

/** The v1 fixture plus a few hundred generated records (Chinese, emoji, optional fields, Blobs). */
function bigV1Fixture(): DbFixture {
  const fx = loadFixture('v1.json');
  const gen = fc.sample(rowsArb, { numRuns: 40, seed: 20260601 });
  const data: DbFixture['data'] = {};
  for (const t of V1_TABLES) {
    const seen = new Set<string>();
    const uniqueSeen = new Set<string>();
    data[t] = [...(fx.data[t] ?? []).map(reviveRow), ...gen.flatMap((g) => g[t] as unknown as Array<Record<string, unknown>>)].filter(
      (r) => {
        const key = String(r.id ?? r.key);
        const uniq = String(r.key ?? r.pattern ?? key);
        if (seen.has(key) || (t === 'reminders' || t === 'userSites' ? uniqueSeen.has(uniq) : false)) return false;
        seen.add(key);
        uniqueSeen.add(uniq);
        return true;
      },
    );
  }
  // Samples merged by id may re-point links: repair them as one database would hold them.
  return { ...fx, data: consistent(data as never) as unknown as DbFixture['data'] };
}

describe('upgrade to a (test-only) schema version 2', () => {
  it('keeps every record of a full version-1 database, byte for byte, plus the new field', async () => {
    const fx = bigV1Fixture();
    expect(fx.data.contacts!.length).toBeGreaterThan(50);
    const name = `v2-${Math.random()}`;
    await createOldDatabase(name, fx);
    const db = openV2(name);
    await db.open();
    expect(db.verno).toBe(2);
    for (const t of V1_TABLES) {
      const stored = (await db.table(t).toArray()) as Array<Record<string, unknown>>;
      const expected = t === 'lenders' ? fx.data[t]!.map(addAliases) : fx.data[t]!;
      const key = (r: Record<string, unknown>) => String(r.id ?? r.key);
      const sort = (a: Record<string, unknown>[]) => [...a].sort((x, y) => (key(x) < key(y) ? -1 : 1));
      expect(await comparable({ evidence: [], [t]: sort(stored) } as never)).toEqual(
        await comparable({ evidence: [], [t]: sort(expected) } as never),
      );
    }
    // The new index works on the upgraded data.
    const l1 = await db.table('contacts').where('[lenderId+at]').between(['l1', 0], ['l1', Infinity]).count();
    expect(l1).toBeGreaterThanOrEqual(1);
    db.close();
  });

  it('upgrades a version-1 backup file for a version-2 installation', async () => {
    const fx = bigV1Fixture();
    const file = await writeBackup({ ...fx.data, ocrTexts: [], imports: [], importLinks: [], numberBook: [] } as never, {
      schemaVersion: 1,
      appVersion: 't',
      now: Date.UTC(2026, 0, 1),
    });
    const lenderV2 = v.strictObject({
      ...(TABLE_SCHEMAS.lenders as v.StrictObjectSchema<v.ObjectEntries, undefined>).entries,
      aliases: v.array(v.string()),
    });
    const upgrades = {
      1: (rows: Record<string, unknown[]>) => ({ ...rows, lenders: rows.lenders!.map((l) => addAliases(l as Record<string, unknown>)) }),
    };
    // Validation runs against today's (v1) lender schema, which has no `aliases`: swap it in for this test.
    const original = TABLE_SCHEMAS.lenders;
    (TABLE_SCHEMAS as Record<BackupTable, v.GenericSchema>).lenders = lenderV2;
    try {
      const back = await readBackup(file, { installedSchemaVersion: 2, upgrades });
      expect(back.rows.lenders).toEqual(fx.data.lenders!.map(addAliases));
      expect(back.rows.contacts).toEqual(fx.data.contacts);
    } finally {
      (TABLE_SCHEMAS as Record<BackupTable, v.GenericSchema>).lenders = original;
    }
    await expect(readBackup(file, { installedSchemaVersion: 2, upgrades: {} })).rejects.toThrow(/no upgrade from schema version 1/);
  });
});
