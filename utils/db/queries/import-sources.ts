import type { ImportRecord } from '../../model/import-records';
import type { NgDatabase } from '../schema';
import { getDb } from '../connection';

// The contact view reads these on its first screen; they live apart from the
// import's other queries (queries/import.ts), which bring the phone-number
// library along.

/** Where an imported contact came from: the file kept as evidence and the record's place in it. */
export interface ImportSource {
  record: ImportRecord;
  position: number;
  line?: number;
}

/**
 * The sources of many contacts at once (a page of the contact view): one
 * indexed read of their links and one of the few import records. Contacts
 * logged by hand have no entry.
 */
export async function importSourcesOf(contactIds: readonly string[], db: NgDatabase = getDb()): Promise<Map<string, ImportSource>> {
  const out = new Map<string, ImportSource>();
  if (contactIds.length === 0) return out;
  const links = await db.importLinks
    .where('contactId')
    .anyOf([...contactIds])
    .toArray();
  if (links.length === 0) return out;
  const records = new Map(
    (await db.imports.bulkGet([...new Set(links.map((l) => l.importId))])).filter((r) => r !== undefined).map((r) => [r.id, r]),
  );
  // A contact in two imports (the same call in two exports) keeps the earliest file.
  links.sort((a, b) => (records.get(a.importId)?.importedAt ?? 0) - (records.get(b.importId)?.importedAt ?? 0));
  for (const l of links) {
    const record = records.get(l.importId);
    if (record && !out.has(l.contactId)) out.set(l.contactId, { record, position: l.position, ...(l.line ? { line: l.line } : {}) });
  }
  return out;
}

/** Where one imported contact came from, for the report and the drafts. */
export async function importSourceOf(contactId: string, db: NgDatabase = getDb()): Promise<ImportSource | undefined> {
  return (await importSourcesOf([contactId], db)).get(contactId);
}
