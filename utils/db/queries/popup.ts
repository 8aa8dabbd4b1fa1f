import { getDb } from '../connection';
import { localIsoDate } from '../../domain/time/wall-clock';
import { upcomingInstallments } from '../../domain/plan/upcoming';
import type { Lender } from '../../model/records';
import { popupRecent } from '../repos/popup-first';

/** The popup's first screen (the same read the background answers contacts.popupFirst with). */
export function recentForPopup(db = getDb()): ReturnType<typeof popupRecent> {
  return popupRecent(db);
}

/** Overdue instalments and the next one due of the active agreements, with the lenders to name them. */
export async function upcomingForPopup(
  now: number,
  db = getDb(),
): Promise<ReturnType<typeof upcomingInstallments> & { lenders: Lender[] }> {
  // Only the active agreements' instalments, through the agreementId index.
  const [agreements, lenders] = await Promise.all([db.agreements.where('status').equals('active').toArray(), db.lenders.toArray()]);
  const installments = await db.installments
    .where('agreementId')
    .anyOf(agreements.map((a) => a.id))
    .toArray();
  return { ...upcomingInstallments(agreements, installments, localIsoDate(now)), lenders };
}
