import type { ExistingContact } from '../../domain/import/plan';
import { normalizeNumber, type NumberRegion } from '../../domain/phone/normalize';
import type { ImportRecord, NumberBookEntry } from '../../model/import-records';
import type { Lender } from '../../model/records';
import type { NgDatabase } from '../schema';
import { getDb } from '../connection';
import { MAPPING_KEY } from '../repos/import';
import { getJurisdiction } from '../repos/jurisdiction';

// The reads the import UI and the report need (coordination: new UI reads
// live in utils/db/queries/<feature>.ts, never getDb() in components).

/** Imports, newest first, without their Blobs' contents (a Blob in a row is only a handle). */
export async function listImports(db: NgDatabase = getDb()): Promise<ImportRecord[]> {
  return db.imports.orderBy('importedAt').reverse().toArray();
}

export async function numberBook(db: NgDatabase): Promise<Map<string, NumberBookEntry>> {
  return new Map((await db.numberBook.toArray()).map((e) => [e.number, e]));
}

export async function listLenders(db: NgDatabase): Promise<Lender[]> {
  return db.lenders.orderBy('name').toArray();
}

/**
 * The logged contacts an import could repeat: those within a minute of its
 * date range, with their numbers normalised and whether an import already
 * brought them in.
 */
export async function existingInRange(db: NgDatabase, from: number, to: number, region: NumberRegion): Promise<ExistingContact[]> {
  const contacts = await db.contacts
    .where('at')
    .between(from - 60_000, to + 60_000, true, true)
    .toArray();
  const linked = new Set((await db.importLinks.orderBy('contactId').uniqueKeys()) as string[]);
  return contacts.map((c) => ({
    id: c.id,
    at: c.at,
    direction: c.direction,
    channel: c.channel,
    ...(c.lenderId ? { lenderId: c.lenderId } : {}),
    phone: normalizeNumber(c.person.phone, region),
    linked: linked.has(c.id),
  }));
}

export async function savedMapping(shape: string, db: NgDatabase = getDb()): Promise<Record<string, number> | undefined> {
  const row = await db.settings.get(`${MAPPING_KEY}${shape}`.slice(0, 200));
  if (typeof row?.value !== 'string') return undefined;
  try {
    return JSON.parse(row.value) as Record<string, number>;
  } catch {
    return undefined;
  }
}

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

/** The region numbers are read in by default: the user's jurisdiction, else mainland China. */
export async function defaultRegion(db: NgDatabase = getDb()): Promise<NumberRegion> {
  return (await getJurisdiction(db)) ?? 'CN';
}
