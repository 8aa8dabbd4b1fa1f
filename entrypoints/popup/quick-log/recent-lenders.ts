import type { NgDatabase } from '@/utils/db/schema';
import type { Contact, Lender } from '@/utils/db/records';

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
export async function popupRecent(db: NgDatabase, shown = 5): Promise<{ lenders: Lender[]; recent: Contact[] }> {
  const [lenders, recent] = await Promise.all([db.lenders.toArray(), db.contacts.orderBy('at').reverse().limit(RECENT_WINDOW).toArray()]);
  return { lenders: rankLenders(lenders, recent), recent: recent.slice(0, shown) };
}
