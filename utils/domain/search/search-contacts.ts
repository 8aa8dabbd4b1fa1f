import type { Contact } from '../../model/records';
import { normalizeForSearch } from './normalize';

// Contacts are immutable records (an edit stores a new object), so the
// normalized text can be cached per object: repeated keystrokes only scan.
const cache = new WeakMap<Contact, string>();

/** Everything a user may search a contact by, joined with a separator no query contains. */
export function searchableText(c: Contact): string {
  let text = cache.get(c);
  if (text === undefined) {
    const p = c.person;
    text = [p.name, p.staffId, p.phone, p.agency, c.summary, c.thirdParties].map(normalizeForSearch).join('\u0000');
    cache.set(c, text);
  }
  return text;
}

/** Query terms: whitespace separates terms (all must match); each term is matched as a substring. */
export function queryTerms(query: string): string[] {
  return query
    .split(/\s+/)
    .map(normalizeForSearch)
    .filter((t) => t.length > 0);
}

/**
 * Contacts matching every term, in their original order. An empty query
 * matches all. `related` gives already-normalised text of what the contact
 * points to (its lender's names), so "桔多多" finds that lender's contacts;
 * it is looked up per search, never cached with the contact, so a renamed
 * lender is found by its new name.
 */
export function searchContacts<C extends Contact>(contacts: readonly C[], query: string, related?: (c: C) => string): C[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [...contacts];
  return contacts.filter((c) => {
    const text = searchableText(c);
    const more = related?.(c) ?? '';
    return terms.every((t) => text.includes(t) || more.includes(t));
  });
}

/**
 * Fills the normalised-text cache from `start` while `more()` says there is
 * time left (checked every 50 contacts); returns where to continue. Run in
 * idle time after the list loads, so the first keystroke only scans.
 */
export function warmSearch(contacts: readonly Contact[], start: number, more: () => boolean): number {
  let i = start;
  while (i < contacts.length) {
    const end = Math.min(contacts.length, i + 50);
    for (; i < end; i++) searchableText(contacts[i]!);
    if (!more()) break;
  }
  return i;
}
