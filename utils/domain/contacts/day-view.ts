import type { Agreement, Contact } from '../../model/records';
import { isAfterAgreement } from '../plan/after-agreement';
import { wallClock } from '../time/wall-clock';

// One local day of the log, counted the way the rules count it: calls
// (connected and not), the numbers they came from, those at night, SMS, and
// whether the day is after an agreement. Drafts quote `daySentence`
// ("11月3日: 23 calls from 7 numbers, 4 after 22:00").

export interface DayNumber {
  phone: string;
  calls: number;
  connected: number;
  sms: number;
}

export interface DayView {
  /** YYYY-MM-DD on the contacts' own wall clock. */
  date: string;
  calls: number;
  connected: number;
  unanswered: number;
  /** Distinct numbers that called (an empty number counts once, as "withheld"). */
  numbers: number;
  /** Calls from 22:00 on (the evening part of the night rule). */
  after22: number;
  /** Calls 22:00–08:00. */
  night: number;
  sms: number;
  perNumber: DayNumber[];
  /** The day is after an agreement the user recorded with one of the day's lenders. */
  afterAgreement: boolean;
}

const isCall = (c: Pick<Contact, 'channel'>) => c.channel === 'call' || c.channel === 'missed-call';

/** Incoming contacts of one local day; outgoing calls are the user's own. */
export function dayView(
  contacts: readonly Contact[],
  date: string,
  agreements: readonly Pick<Agreement, 'lenderId' | 'negotiatedOn'>[] = [],
): DayView {
  const per = new Map<string, DayNumber>();
  const view: DayView = {
    date,
    calls: 0,
    connected: 0,
    unanswered: 0,
    numbers: 0,
    after22: 0,
    night: 0,
    sms: 0,
    perNumber: [],
    afterAgreement: false,
  };
  const lenders = new Set<string>();
  for (const c of contacts) {
    if (c.direction !== 'incoming' || (!isCall(c) && c.channel !== 'sms')) continue;
    const w = wallClock(c);
    if (w.date !== date) continue;
    if (c.lenderId) lenders.add(c.lenderId);
    const n = per.get(c.person.phone) ?? { phone: c.person.phone, calls: 0, connected: 0, sms: 0 };
    per.set(c.person.phone, n);
    if (c.channel === 'sms') {
      view.sms++;
      n.sms++;
      continue;
    }
    view.calls++;
    n.calls++;
    if (c.channel === 'call' && c.connected) {
      view.connected++;
      n.connected++;
    } else view.unanswered++;
    if (w.hour >= 22) view.after22++;
    if (w.hour >= 22 || w.hour < 8) view.night++;
  }
  view.perNumber = [...per.values()].sort((a, b) => b.calls - a.calls || b.sms - a.sms || a.phone.localeCompare(b.phone));
  view.numbers = view.perNumber.filter((n) => n.calls > 0).length;
  view.afterAgreement = agreements.some((a) => lenders.has(a.lenderId) && isAfterAgreement(date, a));
  return view;
}

type DayItem = Pick<Contact, 'direction' | 'channel'>;
const contactDate = (c: DayItem) => wallClock(c as Contact).date;

/**
 * The busiest days by incoming calls, newest first among equals: where to
 * look first. `dateOf` gives an item's local date (a contact's wall clock by
 * default; the contact index carries it ready).
 */
export function busiestDays<T extends DayItem>(
  items: readonly T[],
  limit = 10,
  dateOf: (item: T) => string = contactDate,
): { date: string; calls: number }[] {
  const counts = new Map<string, number>();
  for (const c of items)
    if (c.direction === 'incoming' && isCall(c)) {
      const d = dateOf(c);
      counts.set(d, (counts.get(d) ?? 0) + 1);
    }
  return [...counts]
    .map(([date, calls]) => ({ date, calls }))
    .sort((a, b) => b.calls - a.calls || b.date.localeCompare(a.date))
    .slice(0, limit);
}

type Translate = (
  key: 'import.day.sentence' | 'import.day.sentenceNoNight' | 'import.day.date',
  params: Record<string, string | number>,
) => string;

/** The day as one sentence in the user's language, for the day view and the complaint drafts. */
export function daySentence(view: DayView, tr: Translate): string {
  const [, m, d] = view.date.split('-').map(Number) as [number, number, number];
  const date = tr('import.day.date', { month: m, day: d });
  const params = { date, calls: view.calls, numbers: view.numbers, after22: view.after22, sms: view.sms };
  return tr(view.after22 > 0 ? 'import.day.sentence' : 'import.day.sentenceNoNight', params);
}
