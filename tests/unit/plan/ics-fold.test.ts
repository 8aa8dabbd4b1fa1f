import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildInstallmentsIcs, type IcsInstallment } from '@/utils/domain/ics/installments-ics';
import { foldLine, unfoldIcs } from '@/utils/domain/ics/fold';

const octets = (s: string) => new TextEncoder().encode(s).length;
const long = '请按协议于当日还款，若已还款请忽略本提醒。协议编号 XY-2026-0001，联系人：客服李经理，电话 95188。'.repeat(2);

describe('.ics line folding by octets (RFC 5545 §3.1)', () => {
  it('no physical line of a Chinese calendar exceeds 75 octets, and unfolding gives the text back', () => {
    const ics = buildInstallmentsIcs([{ id: 'i1', seq: 1, dueDate: '2027-01-31', amountFen: 100_00, paid: false }], {
      title: (i: IcsInstallment) => `还款 第${i.seq}期`,
      description: () => long,
      alarm: long,
      calendarName: '还款计划',
    });
    const lines = ics.split('\r\n');
    for (const l of lines) expect(octets(l)).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(unfoldIcs(ics).find((l) => l.startsWith('DESCRIPTION:'))).toBe(`DESCRIPTION:${long}`);
  });

  it('never splits a character and keeps any text intact', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => {
        const folded = foldLine(`X:${s}`);
        for (const l of folded.split('\r\n')) expect(octets(l)).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, '')).toBe(`X:${s}`);
      }),
    );
  });
});
