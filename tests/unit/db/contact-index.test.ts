import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, NgDatabase, SCHEMA_VERSIONS } from '@/utils/db/schema';
import { indexEntryOf, mergeSegments } from '@/utils/db/contact-index';
import { compactContactIndex } from '@/utils/db/repos/contact-index';
import { contactIndexEntries } from '@/utils/db/queries/contacts';
import { exportBackup, applyBackup } from '@/utils/backup/backup-file';
import { readBackup } from '@/utils/backup/reader';
import { RECORDS_VERSION } from '@/utils/db/schema';
import type { Contact } from '@/utils/model/records';
import { freshDb } from '../helpers/db';
import { createOldDatabase } from './migration-harness';
import { bj, contact, lender } from '../domain/findings/build';

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
/** What the index says, compared with what it should say: one entry per stored contact. */
async function expectInStep(db: NgDatabase): Promise<void> {
  const contacts = await db.contacts.toArray();
  expect((await contactIndexEntries(db)).sort(byId)).toEqual(contacts.map(indexEntryOf).sort(byId));
}

const some = (n: number, over: Partial<Contact> = {}) =>
  Array.from({ length: n }, (_, i) => contact({ at: bj('2026-11-03', '21:00:00') + i * 60_000, summary: `第${i}次 上门`, ...over }));

describe('the contact index (schema v8)', () => {
  it('follows every kind of write: add, bulk add, edit, modify, delete, clear', async () => {
    const db = await freshDb();
    await db.lenders.add(lender());
    const [a, b, c] = some(3);
    await db.contacts.add(a!);
    await db.contacts.bulkAdd([b!, c!]);
    await expectInStep(db);
    await db.contacts.put({ ...a!, summary: '改过的摘要', at: bj('2026-11-04', '08:00:00') });
    await db.contacts.where('id').anyOf([b!.id]).modify({ lenderId: 'L1' });
    await expectInStep(db);
    expect((await contactIndexEntries(db))[0]).toMatchObject({
      id: a!.id,
      date: '2026-11-04',
      text: expect.stringContaining('改过的摘要'),
    });
    await db.contacts.delete(c!.id);
    await expectInStep(db);
    await db.contacts.clear();
    expect(await contactIndexEntries(db)).toEqual([]);
    await db.contacts.add(c!);
    await expectInStep(db);
  });

  it('is written in the same transaction: an aborted write leaves neither contact nor entry', async () => {
    const db = await freshDb();
    const [a, b] = some(2);
    await db.contacts.add(a!);
    const segments = await db.contactIndex.count();
    await expect(
      db.transaction('rw', db.contacts, async () => {
        await db.contacts.bulkAdd([b!]);
        throw new Error('cancelled');
      }),
    ).rejects.toThrow('cancelled');
    expect(await db.contacts.count()).toBe(1);
    expect(await db.contactIndex.count()).toBe(segments);
    // A duplicate key part-way through a bulk add aborts the whole chunk, index included.
    await expect(db.transaction('rw', db.contacts, () => db.contacts.bulkAdd([b!, a!]))).rejects.toThrow();
    expect(await db.contactIndex.count()).toBe(segments);
    await expectInStep(db);
  });

  it('a restore (replace and merge) rebuilds it from the restored contacts', async () => {
    const source = await freshDb();
    await source.contacts.bulkAdd(some(40, { summary: '來自備份' }));
    const file = await exportBackup(source, { appVersion: 't', now: 1 });
    const target = await freshDb();
    await target.contacts.bulkAdd(some(5, { summary: '本机原有' }));
    await applyBackup(target, await readBackup(file, { installedSchemaVersion: RECORDS_VERSION }), 'replace');
    await expectInStep(target);
    expect(await contactIndexEntries(target)).toHaveLength(40);
    const merged = await freshDb();
    await merged.contacts.bulkAdd(some(5, { summary: '本机原有' }));
    await applyBackup(merged, await readBackup(file, { installedSchemaVersion: RECORDS_VERSION }), 'merge');
    await expectInStep(merged);
    expect(await contactIndexEntries(merged)).toHaveLength(45);
    // Derived data stays out of backups.
    const opened = await readBackup(file, { installedSchemaVersion: RECORDS_VERSION });
    expect(Object.keys(opened.rows)).not.toContain('contactIndex');
  });

  it('compacts many segments into few, meaning the same', async () => {
    const db = await freshDb();
    for (const c of some(30)) await db.contacts.add(c);
    await db.contacts.delete((await db.contacts.toCollection().first())!.id);
    const before = await contactIndexEntries(db);
    expect(await db.contactIndex.count()).toBe(31);
    expect(await compactContactIndex(db, 64)).toBe(false);
    expect(await compactContactIndex(db, 10)).toBe(true);
    expect(await db.contactIndex.count()).toBe(1);
    expect(await contactIndexEntries(db)).toEqual(before);
    await expectInStep(db);
  });

  it('folds segments in order: a later write wins, a delete removes', () => {
    const [a] = some(1);
    const e = indexEntryOf(a!);
    const edited = { ...e, text: 'new' };
    expect(mergeSegments([{ put: [e] }, { put: [edited] }])).toEqual([edited]);
    expect(mergeSegments([{ put: [e] }, { del: [e.id] }])).toEqual([]);
    expect(mergeSegments([{ put: [e] }, { reset: true }, { put: [edited] }])).toEqual([edited]);
  });

  it('a version-7 database opens at version 8 with the index built from its contacts', async () => {
    const v7 = SCHEMA_VERSIONS.find((s) => s.version === 7)!;
    const name = `migrate-v7-${Math.random()}`;
    const contacts = some(4500, { summary: '升级前的记录' });
    await createOldDatabase(name, { version: 7, stores: v7.stores, data: { contacts } });
    const db = new NgDatabase(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.contacts.count()).toBe(4500);
    expect(await db.contactIndex.count()).toBe(3); // segments of 2,000
    await expectInStep(db);
    db.close();
  });
});
