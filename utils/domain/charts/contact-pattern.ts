import type { Contact } from '../../model/records';
import { addDays } from '../plan/iso-date';
import { isNightHour, wallClock } from '../time/wall-clock';

/** Incoming contacts only: the pattern is what was done to the user, not the user's own calls. */
const counted = (c: Contact) => c.direction === 'incoming';
/** At most this many days are drawn (the newest): a regulator reads the recent pattern first. */
export const MAX_DAYS = 62;

export interface HeatCell {
  hour: number;
  count: number;
  /** The lender with the most contacts in this cell ('' when none was recorded). */
  lenderId: string;
}

export interface HeatRow {
  date: string;
  cells: HeatCell[];
  /** An agreement was negotiated on this day. */
  agreement: boolean;
  calls: number;
  sms: number;
}

export interface ContactPattern {
  rows: HeatRow[];
  /** Lenders in order of appearance (their colour index). */
  lenderIds: string[];
  max: number;
  night: boolean[];
  /** True when older days were left out. */
  truncated: boolean;
}

/**
 * Days × hours of incoming contacts on the user's wall clock, each cell with
 * its count and leading lender, and per day the calls (answered or missed)
 * and SMS. Every day between the first and last contact is a row, so quiet
 * days show as gaps; days with an agreement are marked.
 */
export function contactPattern(contacts: readonly Contact[], agreementDates: readonly string[]): ContactPattern {
  const list = contacts.filter(counted);
  const night = Array.from({ length: 24 }, (_, h) => isNightHour(h));
  if (list.length === 0) return { rows: [], lenderIds: [], max: 0, night, truncated: false };
  const byDay = new Map<string, { cells: Map<string, number>[]; calls: number; sms: number }>();
  const lenderIds: string[] = [];
  let first = '9999-12-31';
  let last = '0000-01-01';
  for (const c of list) {
    const { date, hour } = wallClock(c);
    if (date < first) first = date;
    if (date > last) last = date;
    let day = byDay.get(date);
    if (!day) byDay.set(date, (day = { cells: Array.from({ length: 24 }, () => new Map()), calls: 0, sms: 0 }));
    const lender = c.lenderId ?? '';
    if (lender && !lenderIds.includes(lender)) lenderIds.push(lender);
    day.cells[hour]!.set(lender, (day.cells[hour]!.get(lender) ?? 0) + 1);
    if (c.channel === 'call' || c.channel === 'missed-call') day.calls += 1;
    else if (c.channel === 'sms') day.sms += 1;
  }
  // An agreement shortly before the first contact starts the chart, so "after the agreement" is visible.
  const earliest = addDays(last, -(MAX_DAYS - 1));
  for (const d of agreementDates) if (d < first && d >= earliest) first = d;
  const start = earliest > first ? earliest : first;
  const agreed = new Set(agreementDates);
  const rows: HeatRow[] = [];
  let max = 0;
  for (let d = start; d <= last; d = addDays(d, 1)) {
    const day = byDay.get(d);
    const cells = Array.from({ length: 24 }, (_, hour): HeatCell => {
      const m = day?.cells[hour];
      let count = 0;
      let lenderId = '';
      let best = -1;
      for (const [id, n] of m ?? []) {
        count += n;
        if (n > best) [best, lenderId] = [n, id];
      }
      if (count > max) max = count;
      return { hour, count, lenderId };
    });
    rows.push({ date: d, cells, agreement: agreed.has(d), calls: day?.calls ?? 0, sms: day?.sms ?? 0 });
  }
  return { rows, lenderIds, max, night, truncated: start > first };
}
