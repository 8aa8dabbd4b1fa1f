import { expect } from 'vitest';
import { BackupError, type BackupErrorKind } from '@/utils/domain/backup/errors';
import { openBackup, applyBackup } from '@/utils/backup/backup-file';
import { messages } from '@/utils/i18n/messages';
import { LOCALES } from '@/utils/i18n/locales';
import type { NgDatabase } from '@/utils/db/schema';
import { snapshot } from '../helpers/db';

/** Every table's rows with Blobs turned into their bytes: a byte-for-byte picture of the database (see snapshot for `derived`). */
export async function deepSnapshot(db: NgDatabase, opts: { derived?: boolean } = {}): Promise<unknown> {
  const snap = await snapshot(db, opts);
  for (const rows of Object.values(snap)) {
    for (const row of rows as Array<Record<string, unknown>>) {
      if (row.blob instanceof Blob) row.blob = { type: row.blob.type, bytes: Buffer.from(await row.blob.arrayBuffer()).toString('hex') };
    }
  }
  return snap;
}

/**
 * Tries to restore `file` as the page does (open, then apply) and expects a
 * BackupError of one of `kinds`, with a sentence in every language, and the
 * database exactly as it was.
 */
export async function expectRefused(db: NgDatabase, file: Blob, kinds: BackupErrorKind[], password?: string): Promise<BackupError> {
  const before = await deepSnapshot(db);
  let caught: unknown;
  try {
    await applyBackup(db, await openBackup(file, password), 'replace');
  } catch (err) {
    caught = err;
  }
  expect(caught, 'the file was accepted').toBeInstanceOf(BackupError);
  const err = caught as BackupError;
  expect(kinds).toContain(err.kind);
  for (const l of LOCALES) expect(messages[l][err.data.messageKey!], `${l} ${err.data.messageKey}`).toBeTruthy();
  expect(await deepSnapshot(db)).toEqual(before);
  return err;
}
