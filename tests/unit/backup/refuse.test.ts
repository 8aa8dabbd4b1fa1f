import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { writeBackup } from '@/utils/backup/writer';
import { exportBackup } from '@/utils/backup/backup-file';
import { restoreRows } from '@/utils/db/repos/backup';
import { FORMAT_ID, FRAME, MAGIC } from '@/utils/domain/backup/format';
import { frameAad, frameDigest, frameHead } from '@/utils/backup/frame-codec';
import { emptyRows, type BackupRows } from '@/utils/domain/backup/tables';
import { RECORDS_VERSION, type NgDatabase } from '@/utils/db/schema';
import { freshDb } from '../helpers/db';
import { fixtureTables } from '../db/migration-harness';
import { expectRefused } from './hostile';

const NOW = Date.UTC(2026, 5, 1);

/** The realistic version-1 fixture as backup rows. */
function fixtureRows(): BackupRows {
  return { ...emptyRows(), ...fixtureTables() } as unknown as BackupRows;
}

/** A well-formed container around whatever rows it is given (the writer does not validate). */
function fileWith(rows: unknown, extra: { password?: string; schemaVersion?: number } = {}): Promise<Blob> {
  return writeBackup(rows as BackupRows, {
    schemaVersion: extra.schemaVersion ?? 1,
    appVersion: 't',
    now: NOW,
    ...(extra.password ? { password: extra.password } : {}),
  });
}

function withContact(patch: (c: Record<string, unknown>) => void): BackupRows {
  const rows = fixtureRows();
  const c = { ...(rows.contacts[0] as unknown as Record<string, unknown>) };
  patch(c);
  rows.contacts = [c as never];
  return rows;
}

let db: NgDatabase;
let good: Blob;
let goodBytes: Uint8Array<ArrayBuffer>;
beforeAll(async () => {
  db = await freshDb();
  await restoreRows(db, fixtureRows(), 'replace');
  good = await exportBackup(db, { appVersion: 't', now: NOW });
  goodBytes = new Uint8Array(await good.arrayBuffer());
});

describe('backup files that are refused, leaving the database untouched', () => {
  it('refuses every truncation', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: goodBytes.length - 1 }), async (cut) => {
        await expectRefused(db, new Blob([goodBytes.slice(0, cut)]), ['not-backup', 'damaged']);
      }),
      { numRuns: 40 },
    );
  });

  it('refuses a file with any single byte flipped', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: goodBytes.length - 1 }), fc.integer({ min: 1, max: 255 }), async (at, xor) => {
        const bad = goodBytes.slice();
        bad[at]! ^= xor;
        await expectRefused(db, new Blob([bad]), ['not-backup', 'damaged', 'newer-version']);
      }),
      { numRuns: 80 },
    );
  });

  it('refuses data appended after the end', async () => {
    await expectRefused(db, new Blob([goodBytes as Uint8Array<ArrayBuffer>, new Uint8Array([0x45, 0, 0, 0, 0])]), ['damaged']);
  });

  it('says "not a backup" for other files', async () => {
    for (const other of [
      new Blob([]),
      new Blob(['{"contacts":[]}']),
      new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0, 0, 13])]),
    ]) {
      await expectRefused(db, other, ['not-backup']);
    }
  });

  it('names the record, the field and the reason for wrong types, extra and missing fields', async () => {
    const cases: Array<[(c: Record<string, unknown>) => void, string]> = [
      [(c) => (c.at = '2026-03-01'), 'at'],
      [(c) => (c.flags = ['threat', 'sing-a-song']), 'flags.1'],
      [(c) => (c.extra = 1), 'extra'],
      [(c) => delete c.summary, 'summary'],
      [(c) => (c.at = Date.UTC(10000, 0, 1)), 'at'],
      [(c) => ((c.person as Record<string, unknown>).party = 42), 'person.party'],
    ];
    for (const [patch, field] of cases) {
      const err = await expectRefused(db, await fileWith(withContact(patch)), ['invalid-record']);
      expect(err.data.params).toMatchObject({ table: 'contacts', id: 'c1', field, index: 1 });
    }
  });

  it('refuses an instalment dated in the year 10000', async () => {
    const rows = fixtureRows();
    rows.installments[0] = { ...rows.installments[0]!, dueDate: '10000-01-01' };
    const err = await expectRefused(db, await fileWith(rows), ['invalid-record']);
    expect(err.data.params).toMatchObject({ table: 'installments', field: 'dueDate' });
  });

  it('refuses __proto__ and constructor keys, at the top and nested', async () => {
    // Built with JSON.parse so the keys are own properties, exactly as a hostile file would carry them.
    const inject = (o: unknown, json: string) =>
      JSON.parse(JSON.stringify(o).replace(/^\{/, `{${json.slice(1, -1)},`)) as Record<string, unknown>;
    for (const json of ['{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"polluted":1}}}']) {
      const top = fixtureRows();
      top.contacts = [inject(top.contacts[0], json) as never];
      const err = await expectRefused(db, await fileWith(top), ['invalid-record']);
      expect(String(err.data.params?.field)).toMatch(/^(__proto__|constructor)$/);
      const nested = fixtureRows();
      nested.contacts = [{ ...nested.contacts[0]!, person: inject(nested.contacts[0]!.person, json) as never }];
      const err2 = await expectRefused(db, await fileWith(nested), ['invalid-record']);
      expect(String(err2.data.params?.field)).toMatch(/^person\.(__proto__|constructor)$/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a 50 MB string without reading it into a record', async () => {
    const rows = withContact((c) => (c.summary = 'x'.repeat(50 * 1024 * 1024)));
    const err = await expectRefused(db, await fileWith(rows), ['damaged']);
    expect(err.message).toMatch(/claims/);
  }, 30_000);

  it('refuses a duplicate id inside one file', async () => {
    const rows = fixtureRows();
    rows.contacts = [rows.contacts[0]!, { ...rows.contacts[0]!, summary: 'copy' }];
    const err = await expectRefused(db, await fileWith(rows), ['invalid-record']);
    expect(err.data.params).toMatchObject({ index: 2, detail: 'duplicate key' });
  });

  it('says "newer version" for a newer schema or format, and never reads its records', async () => {
    const newer = RECORDS_VERSION + 1;
    const err = await expectRefused(db, await fileWith(fixtureRows(), { schemaVersion: newer }), ['newer-version']);
    expect(err.data.params).toEqual({ version: newer, installed: RECORDS_VERSION });
    const header = new TextEncoder().encode(JSON.stringify({ format: FORMAT_ID, formatVersion: 9, encryption: null }));
    const digest = await frameDigest(frameAad(0, FRAME.header), header);
    await expectRefused(db, new Blob([MAGIC, frameHead(FRAME.header, header.length + 32), header, digest]), ['newer-version']);
  });

  it('tells a missing or wrong password apart from damage', async () => {
    const file = await fileWith(fixtureRows(), { password: '正确的密码 🔑' });
    await expectRefused(db, file, ['password-needed']);
    await expectRefused(db, file, ['wrong-password'], '错误的密码');
    const bytes = new Uint8Array(await file.arrayBuffer());
    bytes[bytes.length - 40]! ^= 1;
    await expectRefused(db, new Blob([bytes]), ['damaged'], '正确的密码 🔑');
  }, 30_000);
});
