import { getDb } from '../connection';
import type { Agreement, Contact, Lender } from '../../model/records';

export const FIRST_PAGE = 50;

/** The first screen: the newest contacts through the `at` index, the lenders, and how many there are. */
/**
 * The first screen: the newest page and the lenders. No count: IndexedDB
 * counts by walking the store (about 1 s at 50,000 contacts in Chromium), so
 * the total comes separately (contactCount) and never holds up the first render.
 */
export async function contactsFirstPage(db = getDb()): Promise<{ recent: Contact[]; lenders: Lender[] }> {
  const [recent, lenders] = await Promise.all([db.contacts.orderBy('at').reverse().limit(FIRST_PAGE).toArray(), db.lenders.toArray()]);
  return { recent, lenders };
}

/** Everything filters and search need, newest first (the index gives the order, no sort). */
export async function contactsAll(db = getDb()): Promise<{ contacts: Contact[]; agreements: Agreement[] }> {
  const [contacts, agreements] = await Promise.all([db.contacts.orderBy('at').reverse().toArray(), db.agreements.toArray()]);
  return { contacts, agreements };
}

/** The [ownerType, ownerId] index keys of contact evidence: counts without reading any Blob. */
export function contactEvidenceKeys(db = getDb()): Promise<unknown[]> {
  return db.evidence.where('[ownerType+ownerId]').between(['contact', ''], ['contact', '\uffff']).keys() as Promise<unknown[]>;
}

/** How many contacts the log holds. */
export function contactCount(db = getDb()): Promise<number> {
  return db.contacts.count();
}
