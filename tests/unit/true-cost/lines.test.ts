import { describe, expect, it } from 'vitest';
import { comparisonLines, lprOn } from '@/utils/domain/true-cost/lines';
import { breakdownCharges } from '@/utils/domain/true-cost/breakdown';
import { LPR_TABLE } from '@/utils/data/lpr';

// Corrections (issue 14): the LPR table is lpr.md's (change points from 2019-08-20, confirmed to 2026-01-20),
// and the 24 % / 36 % lines carry their own sources instead of "convention not confirmed".
describe('LPR table and comparison lines', () => {
  it('is lpr.md\u2019s table: every row dated, sourced and checked, 1Y values at their change points', () => {
    for (const p of LPR_TABLE) {
      expect(p.source).toMatch(/全国银行间同业拆借中心/);
      expect(p.verifiedOn).toBe('2026-12-01');
      expect(['reported', 'derived']).toContain(p.basis);
    }
    expect(LPR_TABLE[0]!.publishedOn).toBe('2019-08-20');
    expect(lprOn('2019-08-19')).toBeUndefined();
    expect(lprOn('2019-08-20')?.oneYearPct).toBe(4.25);
    expect(lprOn('2020-07-20')?.oneYearPct).toBe(3.85);
    expect(lprOn('2021-12-19')?.oneYearPct).toBe(3.85);
    expect(lprOn('2021-12-20')?.oneYearPct).toBe(3.8);
    expect(lprOn('2024-10-21')?.oneYearPct).toBe(3.1);
    expect(lprOn('2025-05-19')?.oneYearPct).toBe(3.1);
    expect(lprOn('2025-05-20')?.oneYearPct).toBe(3);
  });

  it('uses the newest value only until a successor could follow its last confirmed fixing (2026-01-20), then asks the user', () => {
    expect(lprOn('2026-02-19')?.oneYearPct).toBe(3);
    expect(lprOn('2026-02-20')).toBeUndefined();
    expect(comparisonLines(0.1, '2026-03-01').map((l) => l.id)).toEqual(['cn24', 'cn36']);
    // Published late (holiday): the successor can still come on the next month's 20th; December rolls over.
    const late = [{ publishedOn: '2030-12-22', oneYearPct: 3, source: 's', verifiedOn: '2030-12-23' }];
    expect(lprOn('2031-01-19', late)?.oneYearPct).toBe(3);
    expect(lprOn('2031-01-20', late)).toBeUndefined();
  });

  it('uses the latest publication before the date when the table is extended', () => {
    const table = [
      { publishedOn: '2030-01-20', oneYearPct: 3, source: 's', verifiedOn: '2030-01-21' },
      { publishedOn: '2030-02-20', oneYearPct: 2.9, source: 's', verifiedOn: '2030-02-21' },
    ];
    expect(lprOn('2030-02-19', table)?.oneYearPct).toBe(3);
    expect(lprOn('2030-02-20', table)?.oneYearPct).toBe(2.9);
  });

  it('compares a mainland loan with 4 × LPR (15.4 % in July 2020) and the sourced 24 % / 36 % lines, simple and compound', () => {
    const lines = comparisonLines(0.2, '2020-07-20', undefined, 'CN', 0.25);
    expect(lines.map((l) => [l.id, l.confidence, l.crossed, l.crossedCompound])).toEqual([
      ['lpr4', 'text', true, true],
      ['cn24', 'reported', false, true],
      ['cn36', 'reported', false, false],
    ]);
    expect(lines[0]!.rate).toBeCloseTo(0.154, 10);
    expect(lines[0]!.factIds).toEqual(['cn.line.lpr4', 'cn.lpr.2020-04-20']);
    expect(lines[1]!.factIds).toEqual(['cn.line.24-zhudai', 'cn.line.24-microlender']);
    expect(lines[2]!.factIds).toEqual(['cn.line.36-criminal']);
  });

  it('uses the user-entered LPR only when the table has none, and says so', () => {
    const l = comparisonLines(0.1, '2026-06-01', 3)[0]!;
    expect(l).toMatchObject({ id: 'lpr4', lprSource: 'user', crossed: false });
    expect(l.rate).toBeCloseTo(0.12, 10);
    expect(comparisonLines(0.1, '2026-06-01').map((x) => x.id)).toEqual(['cn24', 'cn36']);
    expect(comparisonLines(0.1, '2020-07-20', 9)[0]!.lprSource).toBe('table');
  });

  it('gives Taiwan only 民法 §205 16 %, and Hong Kong only 48 % / 36 % for agreements from 2022-12-30', () => {
    expect(comparisonLines(0.17, '2024-01-01', undefined, 'TW').map((l) => [l.id, l.rate, l.crossed])).toEqual([['tw16', 0.16, true]]);
    expect(comparisonLines(0.4, '2022-12-30', undefined, 'HK').map((l) => [l.id, l.crossed])).toEqual([
      ['hk48', false],
      ['hk36', true],
    ]);
    expect(comparisonLines(0.4, '2022-12-29', undefined, 'HK')).toEqual([]);
    for (const j of ['TW', 'HK'] as const)
      expect(comparisonLines(0.3, '2024-01-01', 3, j).some((l) => l.id === 'lpr4' || l.id.startsWith('cn'))).toBe(false);
  });
});

describe('breakdownCharges', () => {
  it('gives each charge its share and the cost over the principal', () => {
    const b = breakdownCharges({ principal: 8000, interest: 1000, penaltyInterest: 500, lateFees: 300, otherFees: 200 });
    expect(b.totalFen).toBe(10_000);
    expect(b.costFen).toBe(2000);
    expect(b.costOverPrincipal).toBeCloseTo(0.25, 10);
    expect(b.shares.map((s) => s.share)).toEqual([0.8, 0.1, 0.05, 0.03, 0.02]);
  });
  it('does not divide by zero', () => {
    const b = breakdownCharges({ principal: 0, interest: 0, penaltyInterest: 0, lateFees: 0, otherFees: 0 });
    expect(b.shares.every((s) => s.share === 0)).toBe(true);
    expect(b.costOverPrincipal).toBeUndefined();
  });
});
