import type { Contact } from '../../model/records';

// The index's entries and their order, apart from the search over them
// (index-search.ts, which brings the traditional → simplified tables): the
// contact view reads the index before it needs to search it.

/**
 * What the contacts view needs of a contact to filter and search it (the
 * contact index, utils/db/contact-index.ts): the filters' fields and the
 * searchable text, raw. Plain data, so it is cheap to read 70,000 at once.
 */
export interface ContactIndexEntry {
  id: string;
  at: number;
  /** YYYY-MM-DD on the contact's own wall clock. */
  date: string;
  channel: Contact['channel'];
  direction: Contact['direction'];
  /** '' when none. */
  lenderId: string;
  agreementId: string;
  flags: Contact['flags'];
  /** name, staff id, phone, agency, summary, third parties, joined by U+0000 (the same fields as searchableText). */
  text: string;
}

/** Newest first, as the timeline shows them. */
export function newestFirst(entries: ContactIndexEntry[]): ContactIndexEntry[] {
  return entries.sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : 1));
}
