import type { Contact, ContactFlag } from '../../model/records';
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

/** Applies the dashboard's filters, cheapest first, then the text search. */
export function filterContacts<C extends Contact>(contacts: readonly C[], f: ContactFilter): C[] {
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
  return f.query ? searchContacts(picked, f.query) : picked;
}

export interface DayGroup<C> {
  date: string;
  contacts: C[];
}

/** The timeline: days newest first, contacts within a day newest first. */
export function groupByDay<C extends Contact>(contacts: readonly C[]): DayGroup<C>[] {
  const sorted = [...contacts].sort((a, b) => b.at - a.at);
  const out: DayGroup<C>[] = [];
  for (const c of sorted) {
    const { date } = wallClock(c);
    const last = out[out.length - 1];
    if (last && last.date === date) last.contacts.push(c);
    else out.push({ date, contacts: [c] });
  }
  return out;
}
