import type { Contact } from '../../model/records';
import { fill } from './fill';
import { wallClocks, type WallClock } from '../time/wall-clock';
import { makeFinding } from './make-finding';
import { numberKey } from './number-key';
import { tooManyCallAttempts, tooManyConnectedCalls } from './rules';
import type { Finding, Localized } from './types';

const EMPTY: Localized = { 'zh-CN': '', 'zh-TW': '', en: '' };

export const MAX_CONNECTED_CALLS_PER_DAY = 3;
export const MAX_UNANSWERED_ATTEMPTS_PER_DAY = 6;

/** Not answered: a missed call, or a call the user logged as not connected. */
export function isUnanswered(c: Pick<Contact, 'channel' | 'connected'>): boolean {
  return c.channel === 'missed-call' || (c.channel === 'call' && !c.connected);
}

/**
 * [CN] per-day call counts, in one pass over the contacts `include` admits
 * (the mainland rulebook's). Connected calls (GB/T 45251) count per lender
 * and day: the institution with its agencies. Unanswered attempts (banking
 * association guideline) count per lender, day and calling number
 * (contact.person.phone); calls with no number recorded form one bucket, and
 * the finding says it assumed they came from one number.
 */
export function detectCallCounts(
  contacts: readonly Contact[],
  clocks: readonly WallClock[] = wallClocks(contacts),
  include: (i: number) => boolean = () => true,
): Finding[] {
  const connected = new Map<string, { date: string; calls: Contact[] }>();
  const unanswered = new Map<string, { date: string; number: string; calls: Contact[] }>();
  for (let i = 0; i < contacts.length; i++) {
    const c = contacts[i]!;
    if (c.direction !== 'incoming' || (c.channel !== 'call' && c.channel !== 'missed-call') || !include(i)) continue;
    const { date } = clocks[i]!;
    const lender = c.lenderId ?? '-';
    if (isUnanswered(c)) {
      const num = numberKey(c.person.phone);
      const key = `${lender}|${date}|${num || '?'}`;
      let b = unanswered.get(key);
      if (!b) unanswered.set(key, (b = { date, number: num ? c.person.phone.trim() : '', calls: [] }));
      b.calls.push(c);
    } else {
      const key = `${lender}|${date}`;
      let b = connected.get(key);
      if (!b) connected.set(key, (b = { date, calls: [] }));
      b.calls.push(c);
    }
  }
  const out: Finding[] = [];
  for (const [key, { date, calls }] of connected) {
    if (calls.length <= MAX_CONNECTED_CALLS_PER_DAY) continue;
    calls.sort((a, b) => a.at - b.at);
    out.push(makeFinding(tooManyConnectedCalls, key, calls, fill(tooManyConnectedCalls.explain, { date, count: calls.length })));
  }
  const w = tooManyCallAttempts.words!;
  for (const [key, { date, number, calls }] of unanswered) {
    if (calls.length <= MAX_UNANSWERED_ATTEMPTS_PER_DAY) continue;
    calls.sort((a, b) => a.at - b.at);
    const from = number ? fill(w.fromNumber!, { number }) : EMPTY;
    const text = fill(tooManyCallAttempts.explain, { date, count: calls.length, from, assumed: number ? EMPTY : w.assumed! });
    out.push(makeFinding(tooManyCallAttempts, key, calls, text));
  }
  return out;
}
