import { useEffect, useState } from 'preact/hooks';
import { getDb } from '@/utils/db/connection';
import { useLive } from '@/components/useLive';
import { warmSearch } from '@/utils/domain/search/search-contacts';
import type { Contact } from '@/utils/model/records';

/** Contacts the first screen shows before anything else is read. */
export const FIRST_PAGE = 50;

/** The first screen: the newest contacts through the `at` index, the lenders, and how many there are. */
async function loadFirst() {
  const db = getDb();
  const [recent, lenders, total] = await Promise.all([db.contacts.orderBy('at').reverse().limit(FIRST_PAGE).toArray(), db.lenders.toArray(), db.contacts.count()]);
  return { recent, lenders, total };
}

/** Everything filters and search need, newest first (the index gives the order, no sort). */
async function loadAll() {
  const db = getDb();
  const [contacts, agreements] = await Promise.all([db.contacts.orderBy('at').reverse().toArray(), db.agreements.toArray()]);
  return { contacts, agreements };
}

/** The [ownerType, ownerId] index keys of contact evidence: counts without reading any Blob. */
function contactEvidenceKeys() {
  return getDb().evidence.where('[ownerType+ownerId]').between(['contact', ''], ['contact', '\uffff']).keys();
}

type Idle = (cb: (d: { timeRemaining(): number }) => void) => number;
const idle: Idle = (cb) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(cb) : (setTimeout(() => cb({ timeRemaining: () => 8 }), 1) as unknown as number);

/**
 * The contacts view's data in two steps: the first screen at once, then (after
 * it is painted) every contact and agreement for filters and search, whose
 * search text is normalised in idle time so typing only scans.
 */
export function useContactsData() {
  const first = useLive(loadFirst, []);
  const [wantAll, setWantAll] = useState(false);
  useEffect(() => {
    if (first && !wantAll) setTimeout(() => setWantAll(true), 0);
  }, [first, wantAll]);
  const all = useLive(() => (wantAll ? loadAll() : Promise.resolve(undefined)), [wantAll]);
  const evidenceKeys = useLive(contactEvidenceKeys, []);
  useEffect(() => warmInIdle(all?.contacts), [all]);
  return { first, all, evidenceKeys };
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
