import { getDb } from '../connection';
import type { Agreement, Contact, Lender } from '../../model/records';
import { mergeSegments } from '../contact-index';
import { newestFirst, type ContactIndexEntry } from '../../domain/search/index-entry';

export const FIRST_PAGE = 50;

/**
 * The first screen: the newest page and the lenders. No count: IndexedDB
 * counts by walking the store (about 1 s at 50,000 contacts in Chromium), so
 * the total comes separately (contactCount) and never holds up the first render.
 */
export interface FirstPage {
  recent: Contact[];
  lenders: Lender[];
}

export async function contactsFirstPage(db = getDb()): Promise<FirstPage> {
  const [recent, lenders] = await Promise.all([db.contacts.orderBy('at').reverse().limit(FIRST_PAGE).toArray(), db.lenders.toArray()]);
  return { recent, lenders };
}

/** The [ownerType, ownerId] index keys of contact evidence: counts without reading any Blob. */
export function contactEvidenceKeys(db = getDb()): Promise<unknown[]> {
  return db.evidence.where('[ownerType+ownerId]').between(['contact', ''], ['contact', '\uffff']).keys() as Promise<unknown[]>;
}

/** How many contacts the log holds. */
export function contactCount(db = getDb()): Promise<number> {
  return db.contacts.count();
}

/**
 * Every contact's index entry (filters and search), newest first: the
 * segments in one read, folded (utils/db/contact-index.ts). A few large rows
 * instead of every contact: at 70,000 contacts this is what makes search
 * possible at all in the contacts view.
 */
export async function contactIndexEntries(db = getDb()): Promise<ContactIndexEntry[]> {
  return newestFirst(mergeSegments(await db.contactIndex.orderBy('seq').toArray()));
}

/** The contacts of one page of results, in the order of `ids` (missing ones, deleted meanwhile, left out). */
export async function contactsByIds(ids: readonly string[], db = getDb()): Promise<Contact[]> {
  return (await db.contacts.bulkGet([...ids])).filter((c): c is Contact => !!c);
}

/** The agreements (for the filter and the contact links): a handful of rows. */
export function allAgreements(db = getDb()): Promise<Agreement[]> {
  return db.agreements.toArray();
}

/** The contacts of the days around `date` (±1 day of any time zone), for the day view: an `at` range, not the whole log. */
export function contactsAround(date: string, db = getDb()): Promise<Contact[]> {
  const day = Date.parse(`${date}T00:00:00Z`);
  return db.contacts
    .where('at')
    .between(day - 86_400_000, day + 2 * 86_400_000)
    .toArray();
}
