import { describe, expect, it } from 'vitest';
import { validatePayment, validatePlanRows, validateScheduleRequest } from '@/utils/domain/plan/validate';

const fields = (issues: { field: string }[]) => issues.map((i) => i.field);

describe('validateScheduleRequest', () => {
  const ok = { totalFen: 600_00, count: 6, firstDue: '2026-12-01', frequency: 'monthly' as const };
  it('accepts a normal request', () => {
    expect(validateScheduleRequest(ok, '2026-11-20')).toEqual([]);
  });
  it('refuses counts 0 and 601 but accepts 1 and 600', () => {
    expect(fields(validateScheduleRequest({ ...ok, count: 0 }, '2026-11-20'))).toEqual(['count']);
    expect(fields(validateScheduleRequest({ ...ok, count: 601 }, '2026-11-20'))).toEqual(['count']);
    expect(validateScheduleRequest({ ...ok, count: 1 }, '2026-11-20')).toEqual([]);
    expect(validateScheduleRequest({ ...ok, count: 600 }, '2026-11-20')).toEqual([]);
    expect(fields(validateScheduleRequest({ ...ok, count: 2.5 }, '2026-11-20'))).toEqual(['count']);
  });
  it('refuses zero or negative totals and totals smaller than the count', () => {
    expect(fields(validateScheduleRequest({ ...ok, totalFen: 0 }, '2026-11-20'))).toEqual(['totalFen']);
    expect(fields(validateScheduleRequest({ ...ok, totalFen: -5 }, '2026-11-20'))).toEqual(['totalFen']);
    expect(validateScheduleRequest({ ...ok, totalFen: 5 }, '2026-11-20')[0]?.key).toBe('plan.error.countTooHigh');
  });
  it('refuses a first due date before the agreement, accepts the same day', () => {
    expect(fields(validateScheduleRequest({ ...ok, firstDue: '2026-11-19' }, '2026-11-20'))).toEqual(['firstDue']);
    expect(validateScheduleRequest({ ...ok, firstDue: '2026-11-20' }, '2026-11-20')).toEqual([]);
  });
});

describe('validatePlanRows', () => {
  const rows = [
    { dueDate: '2026-12-01', amountFen: 5000 },
    { dueDate: '2027-01-01', amountFen: 5000 },
  ];
  it('accepts a plan that adds up', () => {
    expect(validatePlanRows(rows, 10_000, '2026-11-20')).toEqual([]);
  });
  it('refuses a plan that does not add up, with the difference', () => {
    const issues = validatePlanRows(rows, 10_001, '2026-11-20');
    expect(issues).toEqual([{ field: 'rows', key: 'plan.error.sum', params: { sum: 10_000, total: 10_001, diff: 1 } }]);
  });
  it('points at the bad row', () => {
    const bad = [rows[0]!, { dueDate: '2026-11-01', amountFen: 0 }];
    expect(fields(validatePlanRows(bad, 5000, '2026-11-20'))).toEqual(['rows.1.amountFen', 'rows.1.dueDate']);
  });
  it('refuses an empty plan and payments above the total', () => {
    expect(fields(validatePlanRows([], 0, '2026-11-20'))).toContain('rows');
    const paid = [
      { ...rows[0]!, paidFen: 6000 },
      { ...rows[1]!, paidFen: 4001 },
    ];
    expect(validatePlanRows(paid, 10_000, '2026-11-20').map((i) => i.key)).toEqual(['plan.error.overpaid']);
  });
});

describe('validatePayment', () => {
  const base = {
    paidFen: 1000,
    paidOn: '2026-11-21',
    otherPaidFen: 0,
    totalFen: 10_000,
    agreementDate: '2026-11-01',
    latestDate: '2026-11-23',
  };
  it('accepts paying exactly what is left', () => {
    expect(validatePayment({ ...base, paidFen: 4000, otherPaidFen: 6000 })).toEqual([]);
  });
  it('refuses paying more than owed, zero, or a future date', () => {
    expect(validatePayment({ ...base, paidFen: 4001, otherPaidFen: 6000 })).toEqual([
      { field: 'paidFen', key: 'plan.error.overpaidMax', params: { max: 4000 } },
    ]);
    expect(fields(validatePayment({ ...base, paidFen: 0 }))).toEqual(['paidFen']);
    expect(fields(validatePayment({ ...base, paidOn: '2026-11-24' }))).toEqual(['paidOn']);
  });
});
