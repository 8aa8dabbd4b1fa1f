import { describe, expect, it } from 'vitest';
import { planStatus } from '@/utils/domain/plan/plan-status';
import type { Installment } from '@/utils/model/records';

const inst = (seq: number, dueDate: string, amountFen: number, paid?: { on: string; fen: number }): Installment => ({
  id: `i${seq}`,
  agreementId: 'a',
  seq,
  dueDate,
  amountFen,
  ...(paid ? { paidOn: paid.on, paidFen: paid.fen } : {}),
});

describe('planStatus', () => {
  const plan = [inst(1, '2026-10-01', 1000), inst(2, '2026-11-01', 1000), inst(3, '2026-12-01', 1000)];

  it('is on track on the due day itself and overdue the day after', () => {
    const paidFirst = [inst(1, '2026-10-01', 1000, { on: '2026-10-01', fen: 1000 }), ...plan.slice(1)];
    expect(planStatus(paidFirst, '2026-11-01').onTrack).toBe(true);
    const late = planStatus(paidFirst, '2026-11-02');
    expect(late.onTrack).toBe(false);
    expect(late.overdue.map((i) => i.seq)).toEqual([2]);
    expect(late.next?.seq).toBe(2);
  });

  it('counts a partly paid instalment as not settled', () => {
    const partial = [inst(1, '2026-10-01', 1000, { on: '2026-10-01', fen: 999 }), ...plan.slice(1)];
    const s = planStatus(partial, '2026-10-15');
    expect(s).toMatchObject({ totalFen: 3000, paidFen: 999, remainingFen: 2001, onTrack: false });
  });

  it('reports the whole plan paid as on track with nothing next', () => {
    const done = plan.map((i) => ({ ...i, paidOn: i.dueDate, paidFen: i.amountFen }));
    const s = planStatus(done, '2030-01-01');
    expect(s).toMatchObject({ remainingFen: 0, onTrack: true, overdue: [] });
    expect(s.next).toBeUndefined();
  });

  it('sorts by sequence whatever the input order', () => {
    expect(planStatus([...plan].reverse(), '2026-09-01').next?.seq).toBe(1);
  });
});
