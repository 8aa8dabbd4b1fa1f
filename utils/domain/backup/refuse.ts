import { BackupError } from './errors';
import type { BackupTable } from './tables';

function rowLabel(row: unknown): string {
  if (typeof row !== 'object' || row === null) return '?';
  const r = row as { id?: unknown; key?: unknown; number?: unknown; importId?: unknown; position?: unknown };
  // Settings are keyed by `key`, the number book by `number`, import links by their file and position.
  const link = typeof r.importId === 'string' ? `${r.importId}#${String(r.position)}` : undefined;
  const raw = typeof r.id === 'string' ? r.id : typeof r.key === 'string' ? r.key : typeof r.number === 'string' ? r.number : (link ?? '?');
  return raw.slice(0, 64);
}

/** A refused record, named by table, 1-based position, id, field and reason (backup.error.invalidRecord). */
export function refuse(table: BackupTable, index: number, row: unknown, field: string, detail: string): BackupError {
  const params = { table, index: index + 1, id: rowLabel(row), field: field || '-', detail: detail.slice(0, 200) };
  return new BackupError('invalid-record', `${table} #${params.index} (${params.id}) ${params.field}: ${params.detail}`, params);
}
