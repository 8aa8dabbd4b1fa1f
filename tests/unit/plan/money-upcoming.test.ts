import { describe, expect, it } from 'vitest';
import { fenToYuanText, parseYuan } from '@/utils/domain/plan/money-input';
import { upcomingInstallments } from '@/utils/domain/plan/upcoming';
import type { Agreement, Installment } from '@/utils/model/records';

describe('parseYuan', () => {
  it('parses yuan text to exact fen', () => {
    expect(parseYuan('1,234.56')).toBe(123_456);
    expect(parseYuan('¥0.1')).toBe(10);
    expect(parseYuan('８８３３.３')).toBe(883_330);
    expect(parseYuan('0.29')).toBe(29); // 0.29 * 100 is 28.999… in floating point
    expect(parseYuan('-5')).toBe(-500);
  });
  it('refuses what is not an amount', () => {
    for (const bad of ['', 'abc', '1.234', '1..2', '1e5', '.5']) expect(parseYuan(bad), bad).toBeUndefined();
  });
  it('round-trips through the input text', () => {
    for (const f of [0, 1, 99, 100, 123_456, 10_000_000_000]) expect(parseYuan(fenToYuanText(f))).toBe(f);
  });
});

describe('upcomingInstallments', () => {
  const ag = (id: string, status: Agreement['status'] = 'active') => ({ id, lenderId: 'L' + id, status }) as Agreement;
  const inst = (id: string, agreementId: string, seq: number, dueDate: string, paid = false): Installment => ({
    id,
    agreementId,
    seq,
    dueDate,
    amountFen: 100,
    ...(paid ? { paidOn: dueDate, paidFen: 100 } : {}),
  });
  it('lists overdue ones and the next due per active plan, earliest first', () => {
    const r = upcomingInstallments(
      [ag('a'), ag('b'), ag('c', 'cancelled')],
      [
        inst('a1', 'a', 1, '2026-11-01', true),
        inst('a2', 'a', 2, '2026-12-01'),
        inst('b1', 'b', 1, '2026-11-10'),
        inst('b2', 'b', 2, '2026-11-25'),
        inst('c1', 'c', 1, '2026-10-01'),
      ],
      '2026-11-22',
    );
    expect(r.overdue.map((x) => x.installment.id)).toEqual(['b1']);
    expect(r.next.map((x) => x.installment.id)).toEqual(['b2', 'a2']);
  });
});
