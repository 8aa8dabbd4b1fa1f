import type { Meta } from './format';
import { BACKUP_TABLES, type BackupRows, type BackupTable } from './tables';

export interface BackupPreview {
  formatVersion: number;
  schemaVersion: number;
  installedSchemaVersion: number;
  /** True when the file comes from a newer release; such files are refused. */
  newerThanInstalled: boolean;
  encrypted: boolean;
  createdAt: number;
  counts: Record<BackupTable, number>;
  /** Earliest and latest moment the records speak of (contacts, evidence, agreements), if any. */
  range?: { from: number; to: number };
  evidenceBytes: number;
}

function isoDateToMs(d: string): number {
  return Date.parse(`${d}T00:00:00Z`);
}

/** Counts per table and the span of time a backup covers, for the "what does this file hold" step. */
export function previewOf(
  meta: Meta,
  rows: BackupRows,
  info: { formatVersion: number; encrypted: boolean; installedSchemaVersion: number },
): BackupPreview {
  const moments = [
    ...rows.contacts.map((c) => c.at),
    ...rows.evidence.map((e) => e.capturedAt),
    ...rows.agreements.map((a) => isoDateToMs(a.negotiatedOn)),
  ];
  const counts = Object.fromEntries(BACKUP_TABLES.map((t) => [t, rows[t].length])) as Record<BackupTable, number>;
  let from = Infinity;
  let to = -Infinity;
  for (const m of moments) {
    if (m < from) from = m;
    if (m > to) to = m;
  }
  return {
    formatVersion: info.formatVersion,
    schemaVersion: meta.schemaVersion,
    installedSchemaVersion: info.installedSchemaVersion,
    newerThanInstalled: meta.schemaVersion > info.installedSchemaVersion,
    encrypted: info.encrypted,
    createdAt: meta.createdAt,
    counts,
    ...(moments.length > 0 ? { range: { from, to } } : {}),
    evidenceBytes: rows.evidence.reduce((n, e) => n + e.blob.size, 0),
  };
}
