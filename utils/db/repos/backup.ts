import type { Table } from 'dexie';
import { BackupError } from '../../domain/backup/errors';
import { decideMerge, type RestoreCounts, type RestoreMode } from '../../domain/backup/merge';
import { BACKUP_TABLES, emptyRows, primaryKeyOf, UNIQUE_FIELDS, type BackupRows, type BackupTable } from '../../domain/backup/tables';
import { toAppErrorData } from '../../rpc/router';
import type { NgDatabase } from '../schema';

type AnyTable = Table<Record<string, unknown>, string>;

function tableOf(db: NgDatabase, name: BackupTable): AnyTable {
  return db.table(name) as unknown as AnyTable;
}

/** Dexie reports a full disk as an AbortError whose inner error (sometimes nested) is QuotaExceededError. */
function isQuota(err: unknown): boolean {
  for (let e = err, depth = 0; e && depth < 5; e = (e as { inner?: unknown }).inner, depth += 1) {
    if (toAppErrorData(e).code === 'quota') return true;
  }
  return false;
}

export function fileChanged(): BackupError {
  return new BackupError('file-changed', 'the backup file changed or moved after it was opened; nothing was restored');
}

/**
 * Evidence Blobs of an opened backup are slices of the user's file. If the file
 * changed since the preview, reading them fails: find out before the
 * transaction, so the user is told to choose the file again.
 */
export async function assertBlobsReadable(rows: BackupRows): Promise<void> {
  for (const e of rows.evidence) {
    try {
      await e.blob.slice(0, 1).arrayBuffer();
    } catch {
      throw fileChanged();
    }
  }
}

/** Every table in one read transaction, so the backup is a consistent snapshot. */
export async function readAllRows(db: NgDatabase): Promise<BackupRows> {
  return db.transaction('r', BACKUP_TABLES.map((t) => db.table(t)), async () => {
    const rows = emptyRows();
    for (const t of BACKUP_TABLES) (rows as Record<BackupTable, unknown[]>)[t] = await db.table(t).toArray();
    return rows;
  });
}

async function mergeTable(table: AnyTable, name: BackupTable, rows: Record<string, unknown>[], counts: RestoreCounts): Promise<void> {
  const keys = rows.map((r) => primaryKeyOf(name, r));
  const existing = await table.bulkGet(keys);
  const uniqueField = UNIQUE_FIELDS[name];
  const holders = new Map<string, string>();
  if (uniqueField) {
    const taken = await table.where(uniqueField).anyOf(rows.map((r) => r[uniqueField] as string)).toArray();
    for (const t of taken) holders.set(String(t[uniqueField]), primaryKeyOf(name, t));
  }
  const toWrite: Record<string, unknown>[] = [];
  rows.forEach((row, i) => {
    const holder = uniqueField ? holders.get(String(row[uniqueField])) : undefined;
    const decision = decideMerge(name, row, existing[i], holder, keys[i]!);
    if (decision === 'add') counts.added += 1;
    else if (decision === 'update') counts.updated += 1;
    else if (decision === 'keep') counts.kept += 1;
    else counts.conflicts += 1;
    if (decision === 'add' || decision === 'update') toWrite.push(row);
  });
  await table.bulkPut(toWrite);
}

/**
 * Writes validated backup rows in ONE transaction over every table: either
 * all of it lands or none (a quota error, a crash or a closed page rolls it
 * back). `replace` empties every table first; `merge` keeps what is here and
 * adds what is new (see decideMerge). Rows must come from readBackup, which
 * validated them; nothing asynchronous but IndexedDB may run in here.
 */
export async function restoreRows(
  db: NgDatabase,
  rows: BackupRows,
  mode: RestoreMode,
  onTable?: (table: BackupTable, index: number) => void,
): Promise<RestoreCounts> {
  const counts: RestoreCounts = { added: 0, updated: 0, kept: 0, conflicts: 0 };
  try {
    await db.transaction('rw', BACKUP_TABLES.map((t) => db.table(t)), async () => {
      if (mode === 'replace') for (const t of BACKUP_TABLES) await tableOf(db, t).clear();
      for (const [index, t] of BACKUP_TABLES.entries()) {
        onTable?.(t, index);
        const list = rows[t] as unknown as Record<string, unknown>[];
        if (mode === 'replace') {
          await tableOf(db, t).bulkAdd(list);
          counts.added += list.length;
        } else {
          await mergeTable(tableOf(db, t), t, list, counts);
        }
      }
    });
  } catch (err) {
    if (err instanceof BackupError) throw err;
    if (isQuota(err)) throw new BackupError('quota', 'storage is full; nothing was restored');
    if (toAppErrorData(err).code === 'file-changed') throw fileChanged();
    throw err;
  }
  return counts;
}
