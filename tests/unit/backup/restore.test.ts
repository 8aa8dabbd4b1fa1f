import { describe, expect, it, vi } from 'vitest';
import { exportBackup, openBackup, applyBackup } from '@/utils/backup/backup-file';
import { readAllRows, restoreRows } from '@/utils/db/repos/backup';
import { emptyRows, type BackupRows } from '@/utils/domain/backup/tables';
import { BackupError } from '@/utils/domain/backup/errors';
import type { Contact } from '@/utils/model/records';
import { freshDb } from '../helpers/db';
import { fixtureTables } from '../db/migration-harness';
import { deepSnapshot } from './hostile';

const NOW = Date.UTC(2026, 5, 1);
/** The realistic version-1 fixture as backup rows. */
function fixtureRows(): BackupRows {
  return { ...emptyRows(), ...fixtureTables() } as unknown as BackupRows;
}
const contact = (id: string, updatedAt: number, summary: string): Contact => ({
  ...(fixtureRows().contacts[0] as Contact),
  id,
  updatedAt,
  summary,
});

describe('restore', () => {
  it('replace makes the database exactly the backup', async () => {
    const db = await freshDb();
    await restoreRows(db, { ...emptyRows(), contacts: [contact('old', NOW, '旧的')] }, 'replace');
    const file = await exportBackup(await seeded(), { appVersion: 't', now: NOW });
    await applyBackup(db, await openBackup(file), 'replace');
    expect(await deepSnapshot(db, { derived: false })).toEqual(await deepSnapshot(await seeded(), { derived: false }));
  });

  it('merge adds new records, takes newer edits, keeps this device’s newer edits and skips unique conflicts', async () => {
    const db = await freshDb();
    await restoreRows(
      db,
      {
        ...emptyRows(),
        contacts: [contact('same', NOW, '本机较新'), contact('older-here', NOW - 10, '本机较旧'), contact('only-here', NOW, '只在本机')],
        reminders: [
          {
            id: 'r-here',
            key: 'backup:1',
            kind: 'backup',
            targetType: 'backup',
            targetId: 'x',
            fireAt: NOW,
            text: '',
            done: false,
            createdAt: NOW,
          },
        ],
      },
      'replace',
    );
    const incoming: BackupRows = {
      ...emptyRows(),
      contacts: [contact('same', NOW - 5, '备份较旧'), contact('older-here', NOW, '备份较新'), contact('only-there', NOW, '只在备份')],
      reminders: [
        {
          id: 'r-there',
          key: 'backup:1',
          kind: 'backup',
          targetType: 'backup',
          targetId: 'y',
          fireAt: NOW,
          text: '',
          done: false,
          createdAt: NOW,
        },
      ],
    };
    const counts = await restoreRows(db, incoming, 'merge');
    expect(counts).toEqual({ added: 1, updated: 1, kept: 1, conflicts: 1 });
    const byId = new Map((await db.contacts.toArray()).map((c) => [c.id, c.summary]));
    expect(Object.fromEntries(byId)).toEqual({
      same: '本机较新',
      'older-here': '备份较新',
      'only-here': '只在本机',
      'only-there': '只在备份',
    });
    expect((await db.reminders.toArray()).map((r) => r.id)).toEqual(['r-here']);
  });

  it('leaves the old data intact when the restore is interrupted midway', async () => {
    for (const mode of ['replace', 'merge'] as const) {
      const db = await seeded();
      const before = await deepSnapshot(db);
      const other = { ...emptyRows(), contacts: [contact('new-1', NOW, '新')], lenders: [{ ...fixtureRows().lenders[0]!, id: 'l-new' }] };
      // The page closing mid-import aborts the open transaction; a throw from inside it does the same.
      const interrupted = restoreRows(db, other, mode, (table) => {
        if (table === 'contacts') throw new Error('page closed');
      });
      await expect(interrupted).rejects.toThrow('page closed');
      expect(await deepSnapshot(db)).toEqual(before);
    }
  });

  it('turns a quota error inside the transaction into a clear message and writes nothing', async () => {
    const db = await seeded();
    const before = await deepSnapshot(db);
    // What IndexedDB raises when the disk is full; Dexie wraps it in an AbortError.
    vi.spyOn(db.table('evidence'), 'bulkAdd').mockRejectedValue(new DOMException('disk full', 'QuotaExceededError'));
    const err = await restoreRows(db, fixtureRows(), 'replace').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BackupError);
    expect((err as BackupError).kind).toBe('quota');
    expect((err as BackupError).data.messageKey).toBe('error.quota');
    expect(await deepSnapshot(db)).toEqual(before);
  });

  it('reads a consistent snapshot of every table', async () => {
    const rows = await readAllRows(await seeded());
    expect(rows.contacts.map((c) => c.id)).toEqual(['c1']);
    expect(rows.evidence[0]!.blob.size).toBe(3);
  });
});

async function seeded() {
  const db = await freshDb();
  await restoreRows(db, fixtureRows(), 'replace');
  return db;
}
