import type { Contact, ContactFlag, Lender } from '../../model/records';
import { catalogLender } from '../../data/lenders';
import { normalizeForSearch } from './normalize';
import { wallClock } from '../time/wall-clock';
import { searchContacts } from './search-contacts';

export interface ContactFilter {
  lenderId?: string;
  agreementId?: string;
  channel?: Contact['channel'];
  flag?: ContactFlag;
  /** Inclusive ISO dates in the contact's own wall clock. */
  from?: string;
  to?: string;
  query?: string;
}

/** Every name a lender goes by (as stored and in each language of the catalogue), normalised for search. */
export function lenderSearchText(lenders: readonly Pick<Lender, 'id' | 'name' | 'catalogId'>[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const l of lenders) {
    const names = [l.name, ...Object.values((l.catalogId && catalogLender(l.catalogId)?.name) || {})];
    out.set(l.id, names.map(normalizeForSearch).join('\u0000'));
  }
  return out;
}

/** Applies the dashboard's filters, cheapest first, then the text search (which also matches the lender's names). */
export function filterContacts<C extends Contact>(
  contacts: readonly C[],
  f: ContactFilter,
  lenders: readonly Pick<Lender, 'id' | 'name' | 'catalogId'>[] = [],
): C[] {
  const picked = contacts.filter((c) => {
    if (f.lenderId && c.lenderId !== f.lenderId) return false;
    if (f.agreementId && c.agreementId !== f.agreementId) return false;
    if (f.channel && c.channel !== f.channel) return false;
    if (f.flag && !c.flags.includes(f.flag)) return false;
    if (f.from || f.to) {
      const { date } = wallClock(c);
      if (f.from && date < f.from) return false;
      if (f.to && date > f.to) return false;
    }
    return true;
  });
  if (!f.query) return picked;
  const names = lenderSearchText(lenders);
  return searchContacts(picked, f.query, (c) => (c.lenderId ? (names.get(c.lenderId) ?? '') : ''));
}
