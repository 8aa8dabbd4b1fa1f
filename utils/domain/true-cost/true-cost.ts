import { daysBetween } from '../plan/iso-date';
import { solveRate } from './irr';

export interface AnnualCost {
  /** Rate per period, as a fraction (0.01 = 1 %). */
  periodicRate: number;
  periodsPerYear: number;
  /** Periodic rate × periods a year: must be labelled "simple". */
  simple: number;
  /** (1 + periodic rate)^(periods a year) − 1: the effective annual rate. */
  compound: number;
  basis: 'periods' | 'actual-365';
}

/**
 * Regular schedule: the borrower received `receivedFen` at time 0 and pays
 * `paymentsFen[k]` at the end of period k + 1.
 */
export function costByPeriods(receivedFen: number, paymentsFen: readonly number[], periodsPerYear: number): AnnualCost | undefined {
  const r = solveRate(
    receivedFen,
    paymentsFen.map((amount, k) => ({ t: k + 1, amount })),
  );
  if (r === undefined) return undefined;
  return {
    periodicRate: r,
    periodsPerYear,
    simple: r * periodsPerYear,
    compound: Math.pow(1 + r, periodsPerYear) - 1,
    basis: 'periods',
  };
}

export interface DatedFlow {
  date: string;
  amountFen: number;
}

/**
 * Irregular dates: solve on days, Actual/365. The compound figure is the
 * effective annual rate; the simple figure uses the average gap between
 * payments as the period (≈ 12 a year for monthly dates), so both read like
 * the regular-schedule figures for the same loan.
 */
export function costByDates(received: DatedFlow, payments: readonly DatedFlow[]): AnnualCost | undefined {
  if (payments.length === 0 || payments.some((p) => p.date < received.date)) return undefined;
  const flows = payments.map((p) => ({ t: daysBetween(received.date, p.date) / 365, amount: p.amountFen }));
  const annual = solveRate(received.amountFen, flows);
  if (annual === undefined) return undefined;
  const lastT = Math.max(...flows.map((f) => f.t));
  const periodsPerYear = Math.min(365, Math.max(1, Math.round(payments.length / lastT)));
  const periodicRate = Math.pow(1 + annual, 1 / periodsPerYear) - 1;
  return { periodicRate, periodsPerYear, simple: periodicRate * periodsPerYear, compound: annual, basis: 'actual-365' };
}
