import { addDays, addMonthsClamped } from './iso-date';

export const FREQUENCIES = ['monthly', 'biweekly', 'weekly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];
export const MAX_INSTALLMENTS = 600;

export interface ScheduleRequest {
  totalFen: number;
  count: number;
  /** ISO date of the first instalment. */
  firstDue: string;
  frequency: Frequency;
}

export interface PlannedInstallment {
  seq: number;
  dueDate: string;
  amountFen: number;
}

/** The i-th (0-based) due date after the first one. Monthly dates keep the first date's day. */
export function nthDueDate(firstDue: string, frequency: Frequency, i: number): string {
  if (frequency === 'monthly') return addMonthsClamped(firstDue, i);
  return addDays(firstDue, i * (frequency === 'weekly' ? 7 : 14));
}

/**
 * Equal instalments in whole fen; the last one absorbs the rounding so the
 * plan adds up to the total exactly (¥100.00 / 3 → 33.33, 33.33, 33.34).
 * Call validateScheduleRequest first: this assumes a valid request.
 */
export function buildSchedule(req: ScheduleRequest): PlannedInstallment[] {
  const base = Math.floor(req.totalFen / req.count);
  const out: PlannedInstallment[] = [];
  for (let i = 0; i < req.count; i += 1) {
    const last = i === req.count - 1;
    out.push({
      seq: i + 1,
      dueDate: nthDueDate(req.firstDue, req.frequency, i),
      amountFen: last ? req.totalFen - base * (req.count - 1) : base,
    });
  }
  return out;
}
