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
 * An instalment counts as paid from its `paidOn` day when what was paid covers
 * its amount. Paid late is not on track: until the day it was paid, an
 * instalment past its due date is overdue (a contact in between is ordinary
 * collection).
 */
function settledBy(i: Installment, today: string): boolean {
  return i.paidOn !== undefined && i.paidOn <= today && (i.paidFen ?? 0) >= i.amountFen;
}

/**
 * `planStatus(installments, today).onTrack` without the rest: no copy, no
 * sort, no list. The findings ask it for thousands of (plan, date) pairs.
 */
export function onTrackOn(installments: readonly Installment[], today: string): boolean {
  for (const i of installments) if (i.dueDate < today && !settledBy(i, today)) return false;
  return true;
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
    paidFen += i.paidFen ?? 0;
    if (settledBy(i, today)) continue;
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
