import type { Contact } from '../../model/records';
import { fill } from './fill';
import { wallClocks, type WallClock } from '../time/wall-clock';
import { makeFinding } from './make-finding';
import { tooManyCallAttempts, tooManyConnectedCalls } from './rules';
import type { Finding } from './types';

export const MAX_CONNECTED_CALLS_PER_DAY = 3;
export const MAX_CALL_ATTEMPTS_PER_DAY = 6;

/**
 * Counts incoming calls per lender per local day, in one pass. The limits apply
 * to one institution together with its agencies, so the lender is the bucket;
 * calls with no lender recorded share one bucket. We do not record which of the
 * user's numbers was called, so all attempts count as calls to the same number.
 */
export function detectCallCounts(contacts: readonly Contact[], clocks: readonly WallClock[] = wallClocks(contacts)): Finding[] {
  const buckets = new Map<string, { date: string; calls: Contact[] }>();
  for (let i = 0; i < contacts.length; i++) {
    const c = contacts[i]!;
    if (c.direction !== 'incoming' || (c.channel !== 'call' && c.channel !== 'missed-call')) continue;
    const { date } = clocks[i]!;
    const key = `${c.lenderId ?? '-'}|${date}`;
    let b = buckets.get(key);
    if (!b) buckets.set(key, (b = { date, calls: [] }));
    b.calls.push(c);
  }
  const out: Finding[] = [];
  for (const [key, { date, calls }] of buckets) {
    calls.sort((a, b) => a.at - b.at);
    const connected = calls.filter((c) => c.channel === 'call' && c.connected);
    if (connected.length > MAX_CONNECTED_CALLS_PER_DAY) {
      const text = fill(tooManyConnectedCalls.explain, { date, count: connected.length });
      out.push(makeFinding(tooManyConnectedCalls, key, connected, text));
    }
    if (calls.length > MAX_CALL_ATTEMPTS_PER_DAY) {
      const text = fill(tooManyCallAttempts.explain, { date, count: calls.length });
      out.push(makeFinding(tooManyCallAttempts, key, calls, text));
    }
  }
  return out;
}
