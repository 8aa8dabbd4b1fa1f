import { describe, expect, it } from 'vitest';
import { costByDates, costByPeriods } from '@/utils/domain/true-cost/true-cost';
import { solveRate } from '@/utils/domain/true-cost/irr';
import { addMonthsClamped } from '@/utils/domain/plan/iso-date';

const pct = (x: number) => Math.round(x * 1e6) / 1e4; // fraction → percent with 4 decimals

describe('true cost, published vectors (shared/knowledge/true-cost.md)', () => {
  it('¥100,000 loan, ¥1,000 fee up front, 12 × ¥8,833.30 → 12.8038 % simple, 13.5826 % compound', () => {
    const c = costByPeriods(99_000_00, Array(12).fill(8_833_30), 12)!;
    expect(pct(c.simple)).toBeCloseTo(12.8038, 3);
    expect(pct(c.compound)).toBeCloseTo(13.5826, 3);
  });

  it('equal-payment loan at 24 % nominal: 12 × ¥9,455.96 on ¥100,000 → 24.00 % simple, 26.82 % compound', () => {
    const c = costByPeriods(100_000_00, Array(12).fill(9_455_96), 12)!;
    expect(c.simple * 100).toBeCloseTo(24.0, 2);
    expect(c.compound * 100).toBeCloseTo(26.82, 2);
  });

  it('a zero-fee plan costs 0 %', () => {
    const c = costByPeriods(120_000, Array(12).fill(10_000), 12)!;
    expect(Math.abs(c.simple)).toBeLessThan(1e-10);
    expect(Math.abs(c.compound)).toBeLessThan(1e-10);
    const d = costByDates({ date: '2026-01-10', amountFen: 30_000 }, [
      { date: '2026-02-03', amountFen: 10_000 },
      { date: '2026-04-17', amountFen: 20_000 },
    ])!;
    expect(Math.abs(d.compound)).toBeLessThan(1e-10);
  });
});

describe('true cost on irregular dates (Actual/365)', () => {
  it('gives exactly 10 % for 110 repaid 365 days after receiving 100, and for 121 after 730 days', () => {
    expect(costByDates({ date: '2026-03-01', amountFen: 10_000 }, [{ date: '2027-03-01', amountFen: 11_000 }])!.compound).toBeCloseTo(
      0.1,
      10,
    );
    const two = costByDates({ date: '2026-03-01', amountFen: 10_000 }, [{ date: '2028-02-29', amountFen: 12_100 }])!;
    expect(two.compound).toBeCloseTo(0.1, 10);
    expect(two.periodsPerYear).toBe(1);
  });

  it('reads the published example on real monthly dates as about the same cost', () => {
    const payments = Array.from({ length: 12 }, (_, k) => ({ date: addMonthsClamped('2026-01-15', k + 1), amountFen: 8_833_30 }));
    const c = costByDates({ date: '2026-01-15', amountFen: 99_000_00 }, payments)!;
    expect(c.periodsPerYear).toBe(12);
    expect(c.compound * 100).toBeGreaterThan(13.4);
    expect(c.compound * 100).toBeLessThan(13.8);
    expect(c.simple * 100).toBeGreaterThan(12.6);
    expect(c.simple * 100).toBeLessThan(13.0);
  });

  it('handles a payday-style loan without diverging (¥1,000 received, ¥1,200 after 7 days)', () => {
    const c = costByDates({ date: '2026-05-01', amountFen: 1_000_00 }, [{ date: '2026-05-08', amountFen: 1_200_00 }])!;
    expect(c.compound).toBeCloseTo(Math.pow(1.2, 365 / 7) - 1, -2);
    expect(c.simple).toBeGreaterThan(9);
  });

  it('counts a fee paid on the day received as a payment at t = 0', () => {
    const withFee = costByDates({ date: '2026-01-01', amountFen: 100_000 }, [
      { date: '2026-01-01', amountFen: 1_000 },
      { date: '2027-01-01', amountFen: 100_000 },
    ])!;
    // 99,000 effectively in hand for a year, 100,000 paid back.
    expect(withFee.compound).toBeCloseTo(100_000 / 99_000 - 1, 8);
  });

  it('refuses nonsense: nothing received, payments before the loan, nothing repaid later', () => {
    expect(costByDates({ date: '2026-01-01', amountFen: 0 }, [{ date: '2026-02-01', amountFen: 1 }])).toBeUndefined();
    expect(costByDates({ date: '2026-01-01', amountFen: 10 }, [{ date: '2025-12-01', amountFen: 11 }])).toBeUndefined();
    expect(solveRate(100, [{ t: 0, amount: 120 }])).toBeUndefined();
    expect(costByPeriods(100, [], 12)).toBeUndefined();
  });
});
