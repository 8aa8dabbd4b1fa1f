import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { setJurisdiction } from '@/utils/db/repos/jurisdiction';
import { NgDatabase, SCHEMA_VERSIONS, CURRENT_SCHEMA_VERSION, RECORDS_VERSION } from '@/utils/db/schema';
import * as records from '@/utils/model/records';
import { createOldDatabase, loadFixture, reviveRow } from './migration-harness';
import { exportBackup } from '@/utils/backup/backup-file';
import { readBackup } from '@/utils/backup/reader';
import { refreshFindingsSnapshot } from '@/utils/db/repos/findings-snapshot';
import { readFindingsSnapshot } from '@/utils/db/repos/findings-snapshot-read';

const schemaFor: Record<string, v.GenericSchema> = {
  lenders: records.LenderSchema,
  agreements: records.AgreementSchema,
  installments: records.InstallmentSchema,
  contacts: records.ContactSchema,
  evidence: records.EvidenceSchema,
  complaints: records.ComplaintSchema,
  reminders: records.ReminderSchema,
  userSites: records.UserSiteSchema,
  settings: records.SettingSchema,
};

/** A database created by version 1 from the fixture, then opened with today's code. */
async function upgradedFixture(fixture = loadFixture('v1.json')): Promise<NgDatabase> {
  const name = `migrate-${Math.random()}`;
  await createOldDatabase(name, fixture);
  const db = new NgDatabase(name);
  await db.open();
  return db;
}

async function blobBytes(b: Blob): Promise<number[]> {
  return [...new Uint8Array(await b.arrayBuffer())];
}

describe('schema migrations', () => {
  it('never edits a released version: versions ascend and keep their stores', () => {
    const versions = SCHEMA_VERSIONS.map((s) => s.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(SCHEMA_VERSIONS[0]!.stores).toEqual(loadFixture('v1.json').stores);
  });

  it('opens a version-1 database with today’s code and keeps every record', async () => {
    const fixture = loadFixture('v1.json');
    const db = await upgradedFixture(fixture);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    for (const [table, rows] of Object.entries(fixture.data)) {
      const stored = await db.table(table).toArray();
      expect(stored).toHaveLength(rows.length);
      for (const row of rows.map(reviveRow)) {
        const key = (row.id ?? row.key) as string;
        const got = (await db.table(table).get(key)) as Record<string, unknown>;
        // Every record still satisfies today's schema …
        expect(v.safeParse(schemaFor[table]!, got).success, `${table} ${key}`).toBe(true);
        // … and means the same thing.
        if (row.blob instanceof Blob) {
          const { blob, ...rest } = row;
          const { blob: gotBlob, ...gotRest } = got;
          expect(gotRest).toEqual(rest);
          expect(await blobBytes(gotBlob as Blob)).toEqual(await blobBytes(blob as Blob));
        } else {
          expect(got).toEqual(row);
        }
      }
    }
    db.close();
  });

  it('version 2 adds an empty derived table; the findings snapshot of an upgraded database is computed from its records', async () => {
    const fixture = loadFixture('v1.json');
    const db = await upgradedFixture(fixture);
    expect(await db.derived.count()).toBe(0);
    expect(await readFindingsSnapshot(db)).toMatchObject({ current: false });
    expect((await readFindingsSnapshot(db)).groups).toBeUndefined();
    // A version-1 install never chose a jurisdiction: until the user does, nothing is checked.
    expect(await refreshFindingsSnapshot(db, () => 1)).toBe('written');
    expect((await readFindingsSnapshot(db)).groups).toEqual([]);
    await setJurisdiction(db, 'CN');
    expect(await refreshFindingsSnapshot(db, () => 1)).toBe('written');
    const snap = await readFindingsSnapshot(db);
    expect(snap.current).toBe(true);
    const contacts = new Set((fixture.data.contacts ?? []).map((c) => c.id));
    expect(snap.groups!.length).toBeGreaterThan(0);
    for (const g of snap.groups!) for (const id of g.linkContactIds) expect(contacts.has(id)).toBe(true);
    // A write after the upgrade makes it outdated, as on a new database.
    await db.contacts.update(String(fixture.data.contacts![0]!.id), { summary: '升级后改过' });
    expect((await readFindingsSnapshot(db)).current).toBe(false);
    db.close();
  });

  // Schema version 3 (issue 14) made records version 3; version 4 (import) added tables only;
  // version 5 (OCR, issue 18) adds the backed-up ocrTexts table, so backups carry records version 5;
  // version 6 (hardening: writeKeys, never backed up) keeps it; version 7 (issue 15) puts the
  // import tables in backups, so records version 7.
  it('backups carry the records version (7 since schema version 7); older installations refuse them, and they open here', async () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(8); // v8 (contact index) is derived: the records version stays 7
    expect(RECORDS_VERSION).toBe(7);
    const db = await upgradedFixture();
    expect(await db.ocrTexts.count()).toBe(0);
    const file = await exportBackup(db, { appVersion: 't', now: 1 });
    await expect(readBackup(file, { installedSchemaVersion: 1 })).rejects.toThrow(/schema version 7/);
    await expect(readBackup(file, { installedSchemaVersion: 5 })).rejects.toThrow(/schema version 7/);
    const opened = await readBackup(file, { installedSchemaVersion: RECORDS_VERSION });
    expect(opened.rows.contacts.length).toBe(loadFixture('v1.json').data.contacts!.length);
    db.close();
  });
});

describe('schema version 4 (import)', () => {
  it('opens a version-1 database with the import tables empty and every record kept', async () => {
    const db = await upgradedFixture();
    expect(await db.imports.count()).toBe(0);
    expect(await db.importLinks.count()).toBe(0);
    expect(await db.numberBook.count()).toBe(0);
    expect(await db.contacts.count()).toBe(loadFixture('v1.json').data.contacts!.length);
    db.close();
  });
});

describe('schema version 7 (import tables in backups)', () => {
  it('opens a version-6 database holding an import with every import row kept', async () => {
    const v6 = SCHEMA_VERSIONS.find((s) => s.version === 6)!;
    const name = `migrate-v6-${Math.random()}`;
    const file = { blobBase64: Buffer.from('<calls count="0"/>').toString('base64') };
    await createOldDatabase(name, {
      version: 6,
      stores: v6.stores,
      data: {
        imports: [
          {
            id: 'i1',
            name: 'calls.xml',
            size: 18,
            sha256: 'a'.repeat(64),
            format: 'sbr-xml',
            encoding: 'utf-8',
            importedAt: 1,
            added: 1,
            merged: 0,
            ...file,
          },
        ],
        importLinks: [{ contactId: 'c1', importId: 'i1', position: 1, line: 3, callType: 1, duration: 20 }],
        numberBook: [{ number: '+8613800138000', agency: '某催收', party: 'agency', updatedAt: 1 }],
      },
    });
    const db = new NgDatabase(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect((await db.imports.get('i1'))!.name).toBe('calls.xml');
    expect(await blobBytes((await db.imports.get('i1'))!.blob)).toEqual([...Buffer.from('<calls count="0"/>')]);
    expect(await db.importLinks.get(['i1', 1])).toMatchObject({ contactId: 'c1', line: 3 });
    expect(await db.numberBook.get('+8613800138000')).toMatchObject({ party: 'agency' });
    db.close();
  });
});
