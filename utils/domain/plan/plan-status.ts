import type { Installment } from '../../model/records';

export interface PlanStatus {
  totalFen: number;
  paidFen: number;
  remainingFen: number;
  /** The first instalment not fully paid, if any. */
  next?: Installment;
  /** Instalments past their due date and not fully paid. */
  overdue: Installment[];
  /** True when nothing is overdue: the borrower is keeping the plan. */
  onTrack: boolean;
}

/**
 * Where a repayment plan stands on `today` (ISO date, the user's calendar).
 * An instalment counts as paid from its `paidOn` day when what was paid covers
 * its amount; one due today is not yet overdue. The findings rules use `onTrack`.
 */
export function planStatus(installments: readonly Installment[], today: string): PlanStatus {
  const sorted = [...installments].sort((a, b) => a.seq - b.seq);
  let totalFen = 0;
  let paidFen = 0;
  const overdue: Installment[] = [];
  let next: Installment | undefined;
  for (const i of sorted) {
    totalFen += i.amountFen;
    const paid = i.paidFen ?? 0;
    paidFen += paid;
    // Paid late is not on track: until the day it was paid, an instalment past
    // its due date is overdue (a contact in between is ordinary collection).
    const settled = i.paidOn !== undefined && i.paidOn <= today && paid >= i.amountFen;
    if (settled) continue;
    next ??= i;
    if (i.dueDate < today) overdue.push(i);
  }
  return {
    totalFen,
    paidFen,
    remainingFen: Math.max(0, totalFen - paidFen),
    ...(next ? { next } : {}),
    overdue,
    onTrack: overdue.length === 0,
  };
}
