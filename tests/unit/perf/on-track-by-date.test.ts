import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Installment } from '@/utils/model/records';
import { onTrackOn, planStatus } from '@/utils/domain/plan/plan-status';
import { onTrackByDate } from '@/utils/domain/plan/on-track-by-date';

const day = (n: number) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

const installment = fc.record({
  due: fc.integer({ min: 0, max: 60 }),
  amountFen: fc.integer({ min: 1, max: 1000 }),
  paid: fc.option(fc.record({ on: fc.integer({ min: 0, max: 60 }), fen: fc.integer({ min: 0, max: 1200 }) })),
});

type Part = { due: number; amountFen: number; paid: { on: number; fen: number } | null };

function plan(parts: Part[]): Installment[] {
  return parts.map((p, i) => ({
    id: `i${i}`,
    agreementId: 'a',
    seq: i + 1,
    dueDate: day(p.due),
    amountFen: p.amountFen,
    ...(p.paid ? { paidOn: day(p.paid.on), paidFen: p.paid.fen } : {}),
  }));
}

describe('onTrackByDate', () => {
  it('answers exactly as planStatus does, for any plan and any date, in any order of questions', () => {
    fc.assert(
      fc.property(
        fc.array(installment, { maxLength: 12 }),
        fc.array(fc.integer({ min: -2, max: 64 }), { maxLength: 40 }),
        (parts, dates) => {
          const p = plan(parts);
          const fast = onTrackByDate(p);
          for (const d of dates) expect(fast(day(d))).toBe(planStatus(p, day(d)).onTrack);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('onTrackOn, its check for one date, agrees with planStatus without sorting or copying the plan', () => {
    fc.assert(
      fc.property(fc.array(installment, { maxLength: 12 }), fc.integer({ min: -2, max: 64 }), (parts, d) => {
        const p = plan(parts);
        const before = JSON.stringify(p);
        expect(onTrackOn(p, day(d))).toBe(planStatus(p, day(d)).onTrack);
        expect(JSON.stringify(p)).toBe(before);
      }),
      { numRuns: 500 },
    );
  });

  it('turns off track the day after an unpaid instalment falls due, not on the day', () => {
    const p = plan([{ due: 10, amountFen: 100, paid: null }]);
    const fast = onTrackByDate(p);
    expect(fast(day(10))).toBe(true);
    expect(fast(day(11))).toBe(false);
    expect(fast(day(9))).toBe(true);
  });
});
