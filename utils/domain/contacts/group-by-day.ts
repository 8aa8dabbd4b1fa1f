import type { Contact } from '../../model/records';
import { wallClock } from '../time/wall-clock';

// Apart from the search code (filter-contacts.ts), which brings the
// traditional → simplified tables: the contact view's first screen needs the
// days, not the search.

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
