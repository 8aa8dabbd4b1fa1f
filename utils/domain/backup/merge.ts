import { type BackupTable, UNIQUE_FIELDS } from './tables';

export type RestoreMode = 'merge' | 'replace';
export type MergeDecision = 'add' | 'update' | 'keep' | 'conflict';

/** Tables whose records carry `updatedAt`: on a merge the newer copy wins. */
const VERSIONED: ReadonlySet<BackupTable> = new Set(['lenders', 'agreements', 'contacts', 'complaints', 'numberBook']);

/**
 * What a merge does with one incoming record, given the stored record with
 * the same key (if any) and the key of a stored record that already holds
 * its unique value (reminder key, site pattern), if any.
 * - new key → add, unless its unique value is taken by another record (conflict: skipped);
 * - same key, versioned table, incoming strictly newer → update;
 * - otherwise the stored record stays (this device's settings and edits win ties).
 */
export function decideMerge(
  table: BackupTable,
  incoming: Record<string, unknown>,
  existing: Record<string, unknown> | undefined,
  uniqueHolderKey: string | undefined,
  incomingKey: string,
): MergeDecision {
  const uniqueField = UNIQUE_FIELDS[table];
  if (uniqueField && uniqueHolderKey !== undefined && uniqueHolderKey !== incomingKey) return 'conflict';
  if (!existing) return 'add';
  if (VERSIONED.has(table) && Number(incoming.updatedAt) > Number(existing.updatedAt)) return 'update';
  return 'keep';
}

export interface RestoreCounts {
  added: number;
  updated: number;
  kept: number;
  conflicts: number;
}
