import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  allAgreements,
  contactEvidenceKeys,
  contactIndexEntries,
  contactsByIds,
  contactsFirstPage as loadFirst,
  type FirstPage,
} from '@/utils/db/queries/contacts';
import { useLive } from '@/components/useLive';
import type { ContactIndexEntry } from '@/utils/domain/search/index-entry';
import type { Contact } from '@/utils/model/records';

// The search code (with the traditional → simplified tables, ~200 KB) loads
// with the index, after the first screen: the first screen does not search.
type Search = typeof import('@/utils/domain/search/index-search');

type Idle = (cb: (d: { timeRemaining(): number }) => void) => number;
const idle: Idle = (cb) =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(cb)
    : (setTimeout(() => cb({ timeRemaining: () => 8 }), 1) as unknown as number);

/**
 * The contacts view's data in two steps: the first screen at once (the
 * newest page through the `at` index), then, after it is painted, the
 * contact index (a few fields per contact, utils/db/contact-index.ts) and
 * the search code for filters and search; the index's text is normalised in
 * idle time so typing only scans. `index` and `search` arrive together: the
 * view filters as soon as it has the index. The whole contacts are never
 * read: a page of results is read by id.
 */
export function useContactsData(initial?: FirstPage) {
  const first = useLive(() => loadFirst(), []) ?? initial;
  const [wantAll, setWantAll] = useState(false);
  useEffect(() => {
    if (first && !wantAll) setTimeout(() => setWantAll(true), 0);
  }, [first, wantAll]);
  const entries = useLive(() => (wantAll ? contactIndexEntries() : Promise.resolve(undefined)), [wantAll]);
  const search = useSearchCode(wantAll);
  const index = search && entries;
  const agreements = useLive(() => allAgreements(), []);
  const evidenceKeys = useLive(() => contactEvidenceKeys(), []);
  // No count of the store: IndexedDB counts by walking it (about 1 s at 70,000
  // contacts, holding the origin's backend); the index's length is the total.
  useEffect(() => (index && search ? warmInIdle(search, index) : undefined), [index, search]);
  return { first, index, search, agreements, evidenceKeys, total: index?.length };
}

function useSearchCode(want: boolean): Search | undefined {
  // Through useLive, though it reads no table: the page's "still loading" mark (data-ng-loading) then covers
  // it too, so nothing waits on a view that cannot search yet. It answers once, when the code has loaded.
  return useLive(() => (want ? import('@/utils/domain/search/index-search') : Promise.resolve(undefined)), [want]);
}

/**
 * The contacts behind `ids` (one page of results), read by id; undefined
 * until they are read for exactly these ids. Contacts read before are kept
 * while the index is the same object (any write to contacts gives a new
 * index), so going back to an earlier query renders without a read. While a
 * page is read, the previous one stays on screen (`ready` false): "show more"
 * does not blank the list.
 */
export function useContactPage(index: readonly ContactIndexEntry[] | undefined, ids: readonly string[] | undefined) {
  const held = useRef<{ index: typeof index; map: Map<string, Contact> }>({ index, map: new Map() });
  if (held.current.index !== index) held.current = { index, map: new Map() };
  const cache = held.current.map;
  const key = ids?.join('\u0000');
  const cached = useMemo(() => {
    if (!ids) return undefined;
    const out: Contact[] = [];
    for (const id of ids) {
      const c = cache.get(id);
      if (!c) return undefined;
      out.push(c);
    }
    return out;
  }, [cache, ids]);
  const read = useLive(
    () =>
      ids && !cached
        ? contactsByIds(ids).then((contacts) => {
            for (const c of contacts) cache.set(c.id, c);
            return { key, contacts };
          })
        : Promise.resolve(undefined),
    [key, cached],
  );
  const now = cached ?? (read && read.key === key ? read.contacts : undefined);
  const last = useRef<Contact[] | undefined>(undefined);
  if (now) last.current = now;
  return { contacts: now ?? last.current, ready: now !== undefined };
}

function warmInIdle({ warmIndex }: Search, entries: readonly ContactIndexEntry[]): () => void {
  let stopped = false;
  let at = 0;
  const step = (d: { timeRemaining(): number }) => {
    if (stopped) return;
    at = warmIndex(entries, at, () => d.timeRemaining() > 2);
    if (at < entries.length) idle(step);
  };
  idle(step);
  return () => {
    stopped = true;
  };
}
