import { afterEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { backupErrorText } from '@/entrypoints/dashboard/sections/backup/backup-error';
import { restoreRows } from '@/utils/db/repos/backup';
import { AppError } from '@/utils/model/errors';
import { BackupError } from '@/utils/domain/backup/errors';
import { emptyRows, type BackupRows } from '@/utils/domain/backup/tables';
import { LOCALES } from '@/utils/i18n/locales';
import { messages } from '@/utils/i18n/messages';
import { getLocale, setLocale } from '@/utils/i18n/translate';
import { toAppErrorData } from '@/utils/model/errors';
import { freshDb } from '../helpers/db';
import { fixtureTables } from '../db/migration-harness';
import { deepSnapshot } from './hostile';

// The UI side of "storage is full": whatever shape the quota error reaches the
// backup section in, the user reads the translated sentence (what happened and
// what to do), and the database holds exactly what it held before.

const fixtureRows = (): BackupRows => ({ ...emptyRows(), ...fixtureTables() }) as unknown as BackupRows;
const initial = getLocale();
afterEach(() => setLocale(initial));

/** What Chromium's IndexedDB raises when the disk or quota is full, wrapped by Dexie as an AbortError. */
function dexieAbortWithQuota(): Error {
  return new Dexie.AbortError('transaction aborted', new DOMException('quota exceeded', 'QuotaExceededError'));
}

describe('quota errors in the backup section', () => {
  it('a quota error inside a restore shows the storage-full sentence in every language, and writes nothing', async () => {
    const db = await freshDb();
    await restoreRows(db, fixtureRows(), 'replace');
    const before = await deepSnapshot(db);
    // The evidence write is the one that fills a disk; it happens mid-transaction, after other tables were written.
    vi.spyOn(db.table('evidence'), 'bulkPut').mockRejectedValue(new DOMException('quota exceeded', 'QuotaExceededError'));
    const incoming = fixtureRows();
    incoming.contacts = incoming.contacts.map((c) => ({ ...c, id: `${c.id}-new` }));
    incoming.evidence = incoming.evidence.map((e) => ({ ...e, id: `${e.id}-new` }));
    const err = await restoreRows(db, incoming, 'merge').catch((e: unknown) => e);
    expect(await deepSnapshot(db)).toEqual(before);
    for (const locale of LOCALES) {
      setLocale(locale);
      expect(backupErrorText(err)).toBe(messages[locale]['error.quota']);
    }
  });

  it('maps a raw browser quota error (export or any direct write) to the same sentence', () => {
    setLocale('en');
    expect(backupErrorText(dexieAbortWithQuota())).toBe(messages.en['error.quota']);
    expect(backupErrorText(new DOMException('full', 'QuotaExceededError'))).toBe(messages.en['error.quota']);
    // A save through the RPC: the router turns it into AppErrorData, the client into an AppError.
    expect(backupErrorText(new AppError(toAppErrorData(dexieAbortWithQuota())))).toBe(messages.en['error.quota']);
  });

  it('does not call other failures "storage full"', () => {
    setLocale('en');
    expect(backupErrorText(new Dexie.AbortError('aborted', new Error('constraint')))).toBe(messages.en['error.internal']);
    expect(backupErrorText(new BackupError('wrong-password', 'x'))).toBe(messages.en['backup.error.wrongPassword']);
    expect(backupErrorText(new TypeError('boom'))).not.toBe(messages.en['error.quota']);
  });
});
