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

/** The region numbers are read in by default: the user's jurisdiction, else mainland China. */
export async function defaultRegion(db: NgDatabase = getDb()): Promise<NumberRegion> {
  return (await getJurisdiction(db)) ?? 'CN';
}
