import type { Contact, Lender } from '../../model/records';
import type { ContactFilter } from './filter-contacts';
import { lenderSearchText } from './filter-contacts';
import { normalizeForSearch } from './normalize';
import { queryTerms } from './search-contacts';

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

// Normalising is the costly part (the traditional → simplified fold): once per
// id and text, kept while the text is the same.
const normalized = new Map<string, { raw: string; norm: string }>();

function normOf(e: ContactIndexEntry): string {
  const hit = normalized.get(e.id);
  if (hit && hit.raw === e.text) return hit.norm;
  const norm = e.text.split('\u0000').map(normalizeForSearch).join('\u0000');
  normalized.set(e.id, { raw: e.text, norm });
  return norm;
}

/** Newest first, as the timeline shows them. */
export function newestFirst(entries: ContactIndexEntry[]): ContactIndexEntry[] {
  return entries.sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : 1));
}

/**
 * The ids of the entries matching the filter, in the entries' order: the
 * same semantics as filterContacts (cheap filters first, then every query
 * term as a substring of the contact's text or of its lender's names).
 */
export function searchIndex(
  entries: readonly ContactIndexEntry[],
  f: ContactFilter,
  lenders: readonly Pick<Lender, 'id' | 'name' | 'catalogId'>[] = [],
): string[] {
  const terms = f.query ? queryTerms(f.query) : [];
  const names = terms.length ? lenderSearchText(lenders) : undefined;
  const out: string[] = [];
  for (const e of entries) {
    if (f.lenderId && e.lenderId !== f.lenderId) continue;
    if (f.agreementId && e.agreementId !== f.agreementId) continue;
    if (f.channel && e.channel !== f.channel) continue;
    if (f.flag && !e.flags.includes(f.flag)) continue;
    if (f.from && e.date < f.from) continue;
    if (f.to && e.date > f.to) continue;
    if (terms.length) {
      const text = normOf(e);
      const more = (e.lenderId && names!.get(e.lenderId)) || '';
      if (!terms.every((t) => text.includes(t) || more.includes(t))) continue;
    }
    out.push(e.id);
  }
  return out;
}

/**
 * Normalises entries' text from `start` while `more()` says there is time
 * (checked every 200 entries); returns where to continue. Run in idle time
 * after the index loads, so the first keystroke only scans.
 */
export function warmIndex(entries: readonly ContactIndexEntry[], start: number, more: () => boolean): number {
  let i = start;
  while (i < entries.length) {
    const end = Math.min(entries.length, i + 200);
    for (; i < end; i++) normOf(entries[i]!);
    if (!more()) break;
  }
  return i;
}
