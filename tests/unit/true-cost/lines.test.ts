import { describe, expect, it } from 'vitest';
import { comparisonLines, lprOn } from '@/utils/domain/true-cost/lines';
import { breakdownCharges } from '@/utils/domain/true-cost/breakdown';
import { LPR_TABLE } from '@/utils/data/lpr';

describe('LPR table and comparison lines', () => {
  it('has a source and verification date on every entry, and the known 3.85 % on 2020-07-20', () => {
    for (const p of LPR_TABLE) {
      expect(p.source).toMatch(/全国银行间同业拆借中心/);
      expect(p.verifiedOn).toMatch(/^\d{4}-\d\d-\d\d$/);
    }
    expect(lprOn('2020-07-20')?.oneYearPct).toBe(3.85);
  });

  it('does not guess outside the table: before the first entry or long after the last', () => {
    expect(lprOn('2020-07-19')).toBeUndefined();
    expect(lprOn('2024-01-01')).toBeUndefined();
  });

  it('uses the last entry only until the day before the next possible publication (the 20th of the next month)', () => {
    expect(lprOn('2020-08-19')?.oneYearPct).toBe(3.85);
    // A new LPR may have been published on 2020-08-20: unknown, the user enters it.
    expect(lprOn('2020-08-20')).toBeUndefined();
    expect(lprOn('2020-08-21')).toBeUndefined();
    expect(comparisonLines(0.1, '2020-08-21').map((l) => l.id)).toEqual(['reported24', 'reported36']);
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

  it('compares with 4 × LPR (15.4 % in July 2020) and the reported 24 % / 36 % lines', () => {
    const lines = comparisonLines(0.2, '2020-07-20');
    expect(lines.map((l) => [l.id, l.confidence, l.crossed])).toEqual([
      ['lpr4', 'text', true],
      ['reported24', 'reported', false],
      ['reported36', 'reported', false],
    ]);
    expect(lines[0]!.rate).toBeCloseTo(0.154, 10);
  });

  it('uses the user-entered LPR only when the table has none, and says so', () => {
    const l = comparisonLines(0.1, '2025-06-01', 3)[0]!;
    expect(l).toMatchObject({ id: 'lpr4', lprSource: 'user', crossed: false });
    expect(l.rate).toBeCloseTo(0.12, 10);
    expect(comparisonLines(0.1, '2025-06-01').map((x) => x.id)).toEqual(['reported24', 'reported36']);
    expect(comparisonLines(0.1, '2020-07-20', 9)[0]!.lprSource).toBe('table');
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
