import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildSchedule } from '@/utils/domain/plan/schedule';
import { addMonthsClamped, addDays, daysBetween } from '@/utils/domain/plan/iso-date';

describe('buildSchedule', () => {
  it('splits ¥100.00 in 3 with the last instalment absorbing the rounding', () => {
    const s = buildSchedule({ totalFen: 10_000, count: 3, firstDue: '2026-01-15', frequency: 'monthly' });
    expect(s.map((i) => i.amountFen)).toEqual([3333, 3333, 3334]);
    expect(s.map((i) => i.seq)).toEqual([1, 2, 3]);
  });

  it('always adds up to the total exactly and never has a zero instalment', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 600 }), fc.integer({ min: 0, max: 10_000_000 }), (count, extra) => {
        const total = count + extra;
        const s = buildSchedule({ totalFen: total, count, firstDue: '2026-03-31', frequency: 'weekly' });
        expect(s).toHaveLength(count);
        expect(s.reduce((a, i) => a + i.amountFen, 0)).toBe(total);
        expect(s.every((i) => Number.isInteger(i.amountFen) && i.amountFen > 0)).toBe(true);
        // Only the last one differs, and by less than the count.
        const last = s[count - 1]!.amountFen - s[0]!.amountFen;
        expect(last).toBeGreaterThanOrEqual(0);
        expect(last).toBeLessThan(count);
      }),
    );
  });

  it('keeps day 31 anchored: 31 Jan → 28 Feb (common year) → 31 Mar → 30 Apr', () => {
    const s = buildSchedule({ totalFen: 400_00, count: 4, firstDue: '2027-01-31', frequency: 'monthly' });
    expect(s.map((i) => i.dueDate)).toEqual(['2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30']);
  });

  it('gives 29 Feb in a leap year and handles the year change', () => {
    const s = buildSchedule({ totalFen: 600_00, count: 6, firstDue: '2027-11-30', frequency: 'monthly' });
    expect(s.map((i) => i.dueDate)).toEqual(['2027-11-30', '2027-12-30', '2028-01-30', '2028-02-29', '2028-03-30', '2028-04-30']);
    expect(addMonthsClamped('2100-01-29', 1)).toBe('2100-02-28'); // 2100 is not a leap year
    expect(addMonthsClamped('2000-01-31', 1)).toBe('2000-02-29'); // 2000 is
  });

  it('steps weekly and every two weeks across month ends and leap days', () => {
    const w = buildSchedule({ totalFen: 300, count: 3, firstDue: '2028-02-22', frequency: 'weekly' });
    expect(w.map((i) => i.dueDate)).toEqual(['2028-02-22', '2028-02-29', '2028-03-07']);
    const b = buildSchedule({ totalFen: 300, count: 3, firstDue: '2026-12-24', frequency: 'biweekly' });
    expect(b.map((i) => i.dueDate)).toEqual(['2026-12-24', '2027-01-07', '2027-01-21']);
  });

  it('does date arithmetic in whole days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
  });
});
