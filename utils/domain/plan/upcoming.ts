import type { Agreement, Installment } from '../../model/records';
import { planStatus } from './plan-status';

function isSettled(i: Installment): boolean {
  return i.paidOn !== undefined && (i.paidFen ?? 0) >= i.amountFen;
}

export interface UpcomingItem {
  agreementId: string;
  lenderId: string;
  installment: Installment;
}

/**
 * Across all active agreements: every overdue instalment, and the next one
 * due (earliest first). What the popup shows at a glance.
 */
export function upcomingInstallments(
  agreements: readonly Agreement[],
  installments: readonly Installment[],
  today: string,
): { overdue: UpcomingItem[]; next: UpcomingItem[] } {
  const overdue: UpcomingItem[] = [];
  const next: UpcomingItem[] = [];
  for (const a of agreements) {
    if (a.status !== 'active') continue;
    const own = installments.filter((i) => i.agreementId === a.id);
    const s = planStatus(own, today);
    for (const i of s.overdue) overdue.push({ agreementId: a.id, lenderId: a.lenderId, installment: i });
    // The next one still ahead: an overdue instalment is listed as overdue, not as "next".
    const ahead = [...own].sort((x, y) => x.seq - y.seq).find((i) => i.dueDate >= today && !s.overdue.includes(i) && !isSettled(i));
    if (ahead) next.push({ agreementId: a.id, lenderId: a.lenderId, installment: ahead });
  }
  const byDate = (x: UpcomingItem, y: UpcomingItem) => x.installment.dueDate.localeCompare(y.installment.dueDate);
  return { overdue: overdue.sort(byDate), next: next.sort(byDate) };
}
