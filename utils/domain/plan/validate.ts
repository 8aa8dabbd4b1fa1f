import { MAX_FEN } from '../../model/fields';
import { MAX_INSTALLMENTS, type ScheduleRequest } from './schedule';

/** One problem with a plan, pointing at the form field at fault; `key` is an i18n key. */
export interface PlanIssue {
  field: string;
  key: string;
  params?: Record<string, string | number>;
}

const ISO = /^\d{4}-\d\d-\d\d$/;

function isCount(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= MAX_INSTALLMENTS;
}

function isPositiveFen(n: number): boolean {
  return Number.isInteger(n) && n > 0 && n <= MAX_FEN;
}

/** Checks the "build a schedule" form before any schedule is built. */
export function validateScheduleRequest(req: ScheduleRequest, agreementDate: string): PlanIssue[] {
  const issues: PlanIssue[] = [];
  if (!isPositiveFen(req.totalFen)) issues.push({ field: 'totalFen', key: 'plan.error.amountPositive' });
  if (!isCount(req.count)) issues.push({ field: 'count', key: 'plan.error.count', params: { max: MAX_INSTALLMENTS } });
  else if (isPositiveFen(req.totalFen) && req.totalFen < req.count) {
    // Fewer fen than instalments would leave some instalments at ¥0.
    issues.push({ field: 'count', key: 'plan.error.countTooHigh' });
  }
  if (!ISO.test(req.firstDue)) issues.push({ field: 'firstDue', key: 'plan.error.date' });
  else if (req.firstDue < agreementDate)
    issues.push({ field: 'firstDue', key: 'plan.error.beforeAgreement', params: { date: agreementDate } });
  return issues;
}

export interface PlanRow {
  dueDate: string;
  amountFen: number;
  paidFen?: number | undefined;
}

/** Checks a whole plan (built or typed in): count, amounts, dates and that it adds up to the agreed total. */
export function validatePlanRows(rows: readonly PlanRow[], totalFen: number, agreementDate: string): PlanIssue[] {
  const issues: PlanIssue[] = [];
  if (!isCount(rows.length)) issues.push({ field: 'rows', key: 'plan.error.count', params: { max: MAX_INSTALLMENTS } });
  let sum = 0;
  let paid = 0;
  rows.forEach((r, i) => {
    if (!isPositiveFen(r.amountFen)) issues.push({ field: `rows.${i}.amountFen`, key: 'plan.error.amountPositive' });
    if (!ISO.test(r.dueDate)) issues.push({ field: `rows.${i}.dueDate`, key: 'plan.error.date' });
    else if (r.dueDate < agreementDate) {
      issues.push({ field: `rows.${i}.dueDate`, key: 'plan.error.beforeAgreement', params: { date: agreementDate } });
    }
    sum += r.amountFen;
    paid += r.paidFen ?? 0;
  });
  if (issues.length === 0 && sum !== totalFen) {
    issues.push({ field: 'rows', key: 'plan.error.sum', params: { sum, total: totalFen, diff: totalFen - sum } });
  }
  if (paid > totalFen) issues.push({ field: 'rows', key: 'plan.error.overpaid' });
  return issues;
}

export interface PaymentCheck {
  paidFen: number;
  paidOn: string;
  /** What was already paid on the other instalments of the plan. */
  otherPaidFen: number;
  totalFen: number;
  agreementDate: string;
  /** The latest acceptable date (today, on the user's calendar, plus a day of slack for time zones). */
  latestDate: string;
}

export function validatePayment(p: PaymentCheck): PlanIssue[] {
  const issues: PlanIssue[] = [];
  if (!isPositiveFen(p.paidFen)) issues.push({ field: 'paidFen', key: 'plan.error.amountPositive' });
  else if (p.otherPaidFen + p.paidFen > p.totalFen) {
    issues.push({ field: 'paidFen', key: 'plan.error.overpaidMax', params: { max: Math.max(0, p.totalFen - p.otherPaidFen) } });
  }
  if (!ISO.test(p.paidOn)) issues.push({ field: 'paidOn', key: 'plan.error.date' });
  else if (p.paidOn > p.latestDate) issues.push({ field: 'paidOn', key: 'plan.error.future' });
  return issues;
}
