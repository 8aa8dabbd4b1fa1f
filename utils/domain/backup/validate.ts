import * as v from 'valibot';
import type { ImportRecord } from '../../model/import-records';
import type { Evidence } from '../../model/records';
import { safeMime } from '../evidence/file-type';
import { refuse } from './refuse';
import { keyFieldOf, primaryKeyOf, TABLE_SCHEMAS, UNIQUE_FIELDS, type BackupTable } from './tables';

/** Keys that could reach an object's prototype if some later code copied the record carelessly. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function forbiddenKeyPath(value: unknown, path: string, depth = 0): string | undefined {
  if (depth > 8 || typeof value !== 'object' || value === null || value instanceof Blob) return undefined;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return path ? `${path}.${key}` : key;
    const inner = forbiddenKeyPath((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key, depth + 1);
    if (inner) return inner;
  }
  return undefined;
}

/**
 * An evidence row's type is free text in a backup, and its Blob carries its own
 * type: both become a plain, inert type (application/octet-stream when the
 * stated one has parameters or is HTML, SVG, XML or script; an empty one stays
 * empty), so nothing in a
 * restored backup can be rendered as a page from the extension's origin.
 */
function neutraliseEvidence(e: Evidence): Evidence {
  // An empty type is inert (the viewer offers such items as a download only) and is kept as it was.
  const mime = e.mime === '' ? '' : safeMime(e.mime);
  if (mime === e.mime && e.blob.type === mime) return e;
  return { ...e, mime, blob: new Blob([e.blob], { type: mime }) };
}

/** An imported file is only ever offered as a download; its Blob keeps no active type either. */
function neutraliseImport(r: ImportRecord): ImportRecord {
  const mime = r.blob.type === '' ? '' : safeMime(r.blob.type);
  return mime === r.blob.type ? r : { ...r, blob: new Blob([r.blob], { type: mime }) };
}

function neutralise(table: BackupTable, row: unknown): unknown {
  if (table === 'evidence') return neutraliseEvidence(row as Evidence);
  if (table === 'imports') return neutraliseImport(row as ImportRecord);
  return row;
}

/**
 * Checks every row of one table against the same valibot schema the
 * repositories use, and that keys are unique. Throws on the first bad row,
 * naming the table, its position, its id, the field and the reason.
 */
export function validateRows<T>(table: BackupTable, rows: readonly unknown[]): T[] {
  const schema = TABLE_SCHEMAS[table];
  const seen = new Set<string>();
  const uniqueField = UNIQUE_FIELDS[table];
  const seenUnique = new Set<string>();
  const out: T[] = [];
  rows.forEach((row, index) => {
    const bad = forbiddenKeyPath(row, '');
    if (bad) throw refuse(table, index, row, bad, 'forbidden key');
    const result = v.safeParse(schema, row);
    if (!result.success) {
      const issue = result.issues[0];
      const field = issue.path?.map((p) => String(p.key)).join('.') ?? '';
      throw refuse(table, index, row, field, issue.message);
    }
    const key = primaryKeyOf(table, result.output as object);
    if (seen.has(key)) throw refuse(table, index, row, keyFieldOf(table), 'duplicate key');
    seen.add(key);
    if (uniqueField) {
      const value = String((result.output as Record<string, unknown>)[uniqueField]);
      if (seenUnique.has(value)) throw refuse(table, index, row, uniqueField, 'duplicate value');
      seenUnique.add(value);
    }
    out.push(neutralise(table, result.output) as T);
  });
  return out;
}
