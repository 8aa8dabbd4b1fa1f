import type { Table } from 'dexie';
import { BackupError } from '../../domain/backup/errors';
import { decideMerge, type RestoreCounts, type RestoreMode } from '../../domain/backup/merge';
import {
  BACKUP_TABLES,
  BLOB_TABLES,
  dbKeyOf,
  emptyRows,
  primaryKeyOf,
  UNIQUE_FIELDS,
  type BackupRows,
  type BackupTable,
} from '../../domain/backup/tables';
import { toAppErrorData } from '../../model/errors';
import type { NgDatabase } from '../schema';

type AnyTable = Table<Record<string, unknown>, string | [string, number]>;

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
  for (const e of BLOB_TABLES.flatMap((t): readonly { blob: Blob }[] => rows[t])) {
    try {
      await e.blob.slice(0, 1).arrayBuffer();
    } catch {
      throw fileChanged();
    }
  }
}

/** Every table in one read transaction, so the backup is a consistent snapshot. */
export async function readAllRows(db: NgDatabase): Promise<BackupRows> {
  return db.transaction(
    'r',
    BACKUP_TABLES.map((t) => db.table(t)),
    async () => {
      const rows = emptyRows();
      for (const t of BACKUP_TABLES) (rows as Record<BackupTable, unknown[]>)[t] = await db.table(t).toArray();
      return rows;
    },
  );
}

/**
 * Merges one table; returns, for records skipped because another record here
 * holds their unique value, which stored record holds it (incoming key → stored key).
 */
async function mergeTable(
  table: AnyTable,
  name: BackupTable,
  rows: Record<string, unknown>[],
  counts: RestoreCounts,
): Promise<Map<string, string>> {
  const keys = rows.map((r) => primaryKeyOf(name, r));
  const existing = await table.bulkGet(rows.map((r) => dbKeyOf(name, r)));
  const uniqueField = UNIQUE_FIELDS[name];
  const holders = new Map<string, string>();
  if (uniqueField) {
    const taken = await table
      .where(uniqueField)
      .anyOf(rows.map((r) => r[uniqueField] as string))
      .toArray();
    for (const t of taken) holders.set(String(t[uniqueField]), primaryKeyOf(name, t));
  }
  const toWrite: Record<string, unknown>[] = [];
  const heldBy = new Map<string, string>();
  rows.forEach((row, i) => {
    const holder = uniqueField ? holders.get(String(row[uniqueField])) : undefined;
    const decision = decideMerge(name, row, existing[i], holder, keys[i]!);
    if (decision === 'add') counts.added += 1;
    else if (decision === 'update') counts.updated += 1;
    else if (decision === 'keep') counts.kept += 1;
    else counts.conflicts += 1;
    if (decision === 'add' || decision === 'update') toWrite.push(row);
    if (decision === 'conflict' && holder !== undefined) heldBy.set(keys[i]!, holder);
  });
  await table.bulkPut(toWrite);
  return heldBy;
}

/**
 * The same file imported on both devices has two import records with one
 * SHA-256; the one here is kept (it is the same evidence), so the backup's
 * links to the other are pointed at it.
 */
function relinkImports(rows: Record<string, unknown>[], heldBy: Map<string, string>): Record<string, unknown>[] {
  if (heldBy.size === 0) return rows;
  return rows.map((l) => (heldBy.has(String(l.importId)) ? { ...l, importId: heldBy.get(String(l.importId)) } : l));
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
    await db.transaction(
      'rw',
      BACKUP_TABLES.map((t) => db.table(t)),
      async () => {
        if (mode === 'replace') for (const t of BACKUP_TABLES) await tableOf(db, t).clear();
        let sameFiles = new Map<string, string>();
        for (const [index, t] of BACKUP_TABLES.entries()) {
          onTable?.(t, index);
          const list = rows[t] as unknown as Record<string, unknown>[];
          if (mode === 'replace') {
            await tableOf(db, t).bulkAdd(list);
            counts.added += list.length;
          } else {
            const heldBy = await mergeTable(tableOf(db, t), t, t === 'importLinks' ? relinkImports(list, sameFiles) : list, counts);
            if (t === 'imports') sameFiles = heldBy;
          }
        }
      },
    );
  } catch (err) {
    if (err instanceof BackupError) throw err;
    if (isQuota(err)) throw new BackupError('quota', 'storage is full; nothing was restored');
    if (toAppErrorData(err).code === 'file-changed') throw fileChanged();
    throw err;
  }
  return counts;
}
