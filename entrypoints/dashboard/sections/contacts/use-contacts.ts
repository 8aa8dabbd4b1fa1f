import { useEffect, useState } from 'preact/hooks';
import { contactCount, contactEvidenceKeys, contactsAll as loadAll, contactsFirstPage as loadFirst } from '@/utils/db/queries/contacts';
import { useLive } from '@/components/useLive';
import { warmSearch } from '@/utils/domain/search/search-contacts';
import type { Contact } from '@/utils/model/records';

type Idle = (cb: (d: { timeRemaining(): number }) => void) => number;
const idle: Idle = (cb) =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(cb)
    : (setTimeout(() => cb({ timeRemaining: () => 8 }), 1) as unknown as number);

/**
 * The contacts view's data in two steps: the first screen at once, then (after
 * it is painted) every contact and agreement for filters and search, whose
 * search text is normalised in idle time so typing only scans.
 */
export function useContactsData() {
  const first = useLive(() => loadFirst(), []);
  const [wantAll, setWantAll] = useState(false);
  useEffect(() => {
    if (first && !wantAll) setTimeout(() => setWantAll(true), 0);
  }, [first, wantAll]);
  const all = useLive(() => (wantAll ? loadAll() : Promise.resolve(undefined)), [wantAll]);
  const evidenceKeys = useLive(() => contactEvidenceKeys(), []);
  // The total, read beside the first page rather than in it (a count walks the whole store).
  const total = useLive(() => contactCount(), []);
  useEffect(() => warmInIdle(all?.contacts), [all]);
  return { first, all, evidenceKeys, total };
}

function warmInIdle(contacts: readonly Contact[] | undefined): (() => void) | undefined {
  if (!contacts) return undefined;
  let stopped = false;
  let at = 0;
  const step = (d: { timeRemaining(): number }) => {
    if (stopped) return;
    at = warmSearch(contacts, at, () => d.timeRemaining() > 2);
    if (at < contacts.length) idle(step);
  };
  idle(step);
  return () => {
    stopped = true;
  };
}
