import type { NgDatabase } from '../schema';
import type { Contact, Lender } from '../../model/records';
import { isReal } from '../../domain/sample/separate';

// The popup's first screen (the quick log's lenders and the recent list). The
// popup reads it from IndexedDB and, at the same time, asks the background for
// it (contacts.popupFirst), taking whichever answers first: a running
// background already has the database open and answers in ~5–15 ms, while a
// new page's first IndexedDB open alone takes 10–20 ms.

/** How many of the newest contacts rank the lenders (and feed the recent list). */
export const RECENT_WINDOW = 100;

/** Lenders, the most recently contacted first: the picker's first entry is usually the right one. */
export function rankLenders(lenders: Lender[], recent: readonly Contact[]): Lender[] {
  const rank = new Map<string, number>();
  recent.forEach((c, i) => {
    if (c.lenderId && !rank.has(c.lenderId)) rank.set(c.lenderId, i);
  });
  return lenders.sort((a, b) => (rank.get(a.id) ?? 1e9) - (rank.get(b.id) ?? 1e9) || a.name.localeCompare(b.name));
}

/**
 * What the popup needs first, in one read: the newest contacts through the
 * `at` index (limited), and the lenders ranked by them.
 */
export interface PopupFirst {
  lenders: Lender[];
  recent: Contact[];
}

export async function popupRecent(db: NgDatabase, shown = 5): Promise<PopupFirst> {
  const [lenders, recent] = await Promise.all([db.lenders.toArray(), db.contacts.orderBy('at').reverse().limit(RECENT_WINDOW).toArray()]);
  // The quick log makes real records: it never offers (or defaults to) a sample lender.
  return { lenders: rankLenders(lenders.filter(isReal), recent), recent: recent.slice(0, shown) };
}
