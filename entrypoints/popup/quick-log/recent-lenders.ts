import type { NgDatabase } from '@/utils/db/schema';
import type { Lender } from '@/utils/db/records';

/** Lenders, the most recently contacted first: the picker's first entry is usually the right one. */
export async function recentLenders(db: NgDatabase): Promise<Lender[]> {
  const [lenders, recent] = await Promise.all([db.lenders.toArray(), db.contacts.orderBy('at').reverse().limit(100).toArray()]);
  const rank = new Map<string, number>();
  recent.forEach((c, i) => {
    if (c.lenderId && !rank.has(c.lenderId)) rank.set(c.lenderId, i);
  });
  return lenders.sort((a, b) => (rank.get(a.id) ?? 1e9) - (rank.get(b.id) ?? 1e9) || a.name.localeCompare(b.name));
}
