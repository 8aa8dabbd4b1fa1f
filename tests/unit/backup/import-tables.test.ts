import { describe, expect, it } from 'vitest';
import { exportBackup, openBackup, applyBackup } from '@/utils/backup/backup-file';
import { readBackup } from '@/utils/backup/reader';
import { writeBackup } from '@/utils/backup/writer';
import { commitImport } from '@/utils/db/repos/import';
import { deleteLender } from '@/utils/db/repos/lenders';
import { readAllRows, restoreRows } from '@/utils/db/repos/backup';
import { importSourceOf } from '@/utils/db/queries/import-sources';
import { RECORDS_VERSION, type NgDatabase } from '@/utils/db/schema';
import { upgradeRows } from '@/utils/domain/backup/upgrade';
import { emptyRows, type BackupRows } from '@/utils/domain/backup/tables';
import { defaultDecisions, numberGroups, parseFile, planAgainstLog } from '@/utils/import/pipeline';
import { freshDb } from '../helpers/db';
import { fixture, NOW } from '../import/helpers';
import { deepSnapshot, expectRefused } from './hostile';

// Records version 7 (issue 15): the import tables travel in backups, with the
// original files' bytes, and a restore re-checks each file's SHA-256.

const LATER = NOW + 3_600_000;

/** A database holding one real import of the SBR call-log fixture, with one number assigned to a lender. */
async function imported(): Promise<NgDatabase> {
  const db = await freshDb();
  await db.lenders.add({ id: 'l-jdd', name: '桔多多', kind: 'microlender', createdAt: NOW, updatedAt: NOW });
  const file = fixture('calls-20261201081542.xml');
  const parsed = await parseFile(file, { format: 'sbr-xml' }, { now: NOW });
  const decisions = defaultDecisions(await numberGroups(parsed.records, 'CN', db));
  const plan = await planAgainstLog(parsed.records, { region: 'CN', decisions, now: NOW }, db);
  const numbers = [{ number: '+8617512345678', lenderId: 'l-jdd', agency: '某资产管理', party: 'agency' as const, updatedAt: NOW }];
  await commitImport(
    db,
    { file, name: 'calls-20261201081542.xml', format: parsed.format, encoding: parsed.encoding, sha256: parsed.sha256, plan, numbers },
    { now: NOW },
  );
  return db;
}

async function rowsOf(db: NgDatabase): Promise<BackupRows> {
  return readAllRows(db);
}

function fileOf(rows: BackupRows, schemaVersion = RECORDS_VERSION): Promise<Blob> {
  return writeBackup(rows, { schemaVersion, appVersion: 't', now: LATER });
}

describe('backups carry the import tables (records version 7)', { timeout: 30_000 }, () => {
  it('a replace-restore brings back the imported file byte for byte, every link and the number book', async () => {
    const source = await imported();
    const before = await rowsOf(source);
    expect(before.imports).toHaveLength(1);
    expect(before.importLinks.length).toBeGreaterThan(100);
    expect(before.numberBook).toHaveLength(1);
    const file = await exportBackup(source, { appVersion: 't', now: LATER });
    const opened = await readBackup(file, { installedSchemaVersion: RECORDS_VERSION, now: LATER });
    expect(opened.meta.counts).toMatchObject({ imports: 1, importLinks: before.importLinks.length, numberBook: 1 });
    expect(opened.meta.blobs).toBe(before.evidence.length + 1);
    const target = await freshDb();
    await applyBackup(target, opened, 'replace');
    expect(await deepSnapshot(target, { derived: false })).toEqual(await deepSnapshot(source, { derived: false }));
    // The contact view's "taken from" still finds the file for an imported contact.
    const link = before.importLinks[0]!;
    const where = await importSourceOf(link.contactId, target);
    expect(where).toMatchObject({
      position: link.position,
      record: { name: 'calls-20261201081542.xml', sha256: before.imports[0]!.sha256 },
    });
    const original = Buffer.from(await fixture('calls-20261201081542.xml').arrayBuffer());
    expect(Buffer.from(await where!.record.blob.arrayBuffer()).equals(original)).toBe(true);
  });

  it('refuses an imported file whose bytes do not match its recorded SHA-256, and writes nothing', async () => {
    const rows = await rowsOf(await imported());
    const forged = { ...rows, imports: [{ ...rows.imports[0]!, blob: new Blob(['<calls count="0"></calls>']), size: 25 }] };
    const err = await expectRefused(await imported(), await fileOf(forged), ['invalid-record']);
    expect(err.data.params).toMatchObject({ table: 'imports', field: 'sha256' });
    const resized = { ...rows, imports: [{ ...rows.imports[0]!, size: rows.imports[0]!.size + 1 }] };
    expect((await expectRefused(await freshDb(), await fileOf(resized), ['invalid-record'])).data.params).toMatchObject({
      table: 'imports',
      field: 'size',
    });
  });

  it('refuses links into a file the backup does not hold and numbers of a lender it does not hold', async () => {
    const rows = await rowsOf(await imported());
    const strayLink = { ...rows, importLinks: [{ ...rows.importLinks[0]!, importId: 'not-there' }] };
    expect((await expectRefused(await freshDb(), await fileOf(strayLink), ['invalid-record'])).data.params).toMatchObject({
      table: 'importLinks',
      field: 'importId',
      id: 'not-there#1',
    });
    const strayLender = { ...rows, numberBook: [{ ...rows.numberBook[0]!, lenderId: 'gone' }] };
    expect((await expectRefused(await freshDb(), await fileOf(strayLender), ['invalid-record'])).data.params).toMatchObject({
      table: 'numberBook',
      field: 'lenderId',
    });
    const twice = { ...rows, importLinks: [rows.importLinks[0]!, { ...rows.importLinks[0]! }] };
    expect((await expectRefused(await freshDb(), await fileOf(twice), ['invalid-record'])).data.params).toMatchObject({
      table: 'importLinks',
      detail: 'duplicate key',
    });
  });

  it('keeps a link whose contact was deleted after the import (the file held it)', async () => {
    const rows = await rowsOf(await imported());
    const deleted = rows.importLinks[0]!.contactId;
    const file = await fileOf({ ...rows, contacts: rows.contacts.filter((c) => c.id !== deleted) });
    const opened = await readBackup(file, { installedSchemaVersion: RECORDS_VERSION, now: LATER });
    expect(opened.rows.importLinks).toHaveLength(rows.importLinks.length);
  });

  it('stores an imported file restored from a backup with an inert type', async () => {
    const rows = await rowsOf(await imported());
    const html = { ...rows, imports: [{ ...rows.imports[0]!, blob: new Blob([rows.imports[0]!.blob], { type: 'text/html' }) }] };
    const opened = await readBackup(await fileOf(html), { installedSchemaVersion: RECORDS_VERSION, now: LATER });
    expect(opened.rows.imports[0]!.blob.type).toBe('application/octet-stream');
    expect(opened.rows.imports[0]!.sha256).toBe(rows.imports[0]!.sha256);
  });

  it('opens a backup of records version 5 (before the import tables were backed up) with the tables empty', async () => {
    const rows = await rowsOf(await imported());
    expect(upgradeRows({ contacts: [] }, 5, 7)).toEqual({ contacts: [], imports: [], importLinks: [], numberBook: [] });
    const old = await fileOf({ ...rows, imports: [], importLinks: [], numberBook: [] }, 5);
    const opened = await openBackup(old);
    expect(opened.preview.schemaVersion).toBe(5);
    expect(opened.rows.contacts).toHaveLength(rows.contacts.length);
    expect(opened.rows.imports).toEqual([]);
  });

  it('merging a backup of the same file imported on another device keeps one import and points its links at it', async () => {
    const here = await imported();
    const hereImport = (await here.imports.toArray())[0]!;
    const there = await rowsOf(await imported());
    // The other device: same file (same SHA-256), another import id, one more link this device lacks.
    const otherId = 'import-on-phone';
    const extraLink = { ...there.importLinks[0]!, position: 99_999 };
    const incoming: BackupRows = {
      ...emptyRows(),
      lenders: there.lenders,
      imports: [{ ...there.imports[0]!, id: otherId }],
      importLinks: [...there.importLinks, extraLink].map((l) => ({ ...l, importId: otherId })),
      numberBook: [{ ...there.numberBook[0]!, agency: '更新后的名称', updatedAt: LATER }],
    };
    await restoreRows(here, incoming, 'merge');
    expect((await here.imports.toArray()).map((r) => r.id)).toEqual([hereImport.id]);
    const links = await here.importLinks.toArray();
    expect(links.every((l) => l.importId === hereImport.id)).toBe(true);
    expect(links.some((l) => l.position === 99_999)).toBe(true);
    expect(links).toHaveLength(there.importLinks.length + 1);
    // The number book is versioned: the newer assignment wins.
    expect((await here.numberBook.toArray())[0]!.agency).toBe('更新后的名称');
  });

  it('a lender with numbers assigned to it cannot be deleted (the number book would point nowhere, and the backup be refused)', async () => {
    const db = await imported();
    await db.contacts
      .where('lenderId')
      .equals('l-jdd')
      .modify((c) => void delete c.lenderId);
    await expect(deleteLender(db, 'l-jdd')).rejects.toMatchObject({ data: { messageKey: 'lender.error.inUse' } });
    await db.numberBook.clear();
    await expect(deleteLender(db, 'l-jdd')).resolves.toMatchObject({ id: 'l-jdd' });
  });
});
