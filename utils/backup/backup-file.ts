import type { RestoreCounts, RestoreMode } from '../domain/backup/merge';
import type { BackupTable } from '../domain/backup/tables';
import { assertBlobsReadable, readAllRows, restoreRows } from '../db/repos/backup';
import { RECORDS_VERSION, type NgDatabase } from '../db/schema';
import { readBackup, type OpenedBackup } from './reader';
import { writeBackup } from './writer';

// Export and import run in the extension page, not in the background: a
// backup holds evidence Blobs, and Blobs cannot cross runtime messaging. The
// page calls these functions directly, which use the same repository code
// (utils/db/repos/backup.ts) that any RPC would.

export const BACKUP_EXTENSION = '.ngbackup';

export function backupFileName(now: number): string {
  return `negotiation-guard-${new Date(now).toISOString().slice(0, 10)}${BACKUP_EXTENSION}`;
}

export interface ExportOptions {
  password?: string;
  appVersion: string;
  now: number;
  onProgress?: (done: number, total: number) => void;
}

/** Reads every table in one transaction, then (outside it) builds and optionally encrypts the file. */
export async function exportBackup(db: NgDatabase, opts: ExportOptions): Promise<Blob> {
  const rows = await readAllRows(db);
  return writeBackup(rows, { ...opts, schemaVersion: RECORDS_VERSION });
}

/** Decrypts, checks and validates a file completely; the database is not touched. */
export function openBackup(file: Blob, password?: string, onProgress?: (done: number, total: number) => void): Promise<OpenedBackup> {
  return readBackup(file, {
    installedSchemaVersion: RECORDS_VERSION,
    ...(password ? { password } : {}),
    ...(onProgress ? { onProgress } : {}),
  });
}

/** Writes an opened backup in one transaction (all or nothing); a file changed since the preview is refused first. */
export async function applyBackup(
  db: NgDatabase,
  opened: OpenedBackup,
  mode: RestoreMode,
  onTable?: (table: BackupTable, index: number) => void,
): Promise<RestoreCounts> {
  await assertBlobsReadable(opened.rows);
  return restoreRows(db, opened.rows, mode, onTable);
}
