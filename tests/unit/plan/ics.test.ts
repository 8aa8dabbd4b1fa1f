import { describe, expect, it } from 'vitest';
import { buildInstallmentsIcs, type IcsInstallment } from '@/utils/domain/ics/installments-ics';
import { buildSchedule } from '@/utils/domain/plan/schedule';

const texts = {
  title: (i: IcsInstallment) => `还款 第${i.seq}期 ¥${(i.amountFen / 100).toFixed(2)}`,
  description: (i: IcsInstallment) => `amount ${i.amountFen}`,
  alarm: '明天还款',
  calendarName: '还款计划',
};

/** Unfolds RFC 5545 line folding so assertions can read whole lines. */
const unfold = (s: string) => s.replace(/\r\n[ \t]/g, '');

describe('buildInstallmentsIcs', () => {
  const plan = buildSchedule({ totalFen: 600_000, count: 6, firstDue: '2027-01-31', frequency: 'monthly' }).map((p) => ({
    ...p,
    id: `inst-${p.seq}`,
    paid: p.seq === 1,
  }));
  const ics = unfold(buildInstallmentsIcs(plan, texts));

  it('has one all-day event per instalment with a stable uid', () => {
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(6);
    expect(ics).toContain('UID:inst-1@negotiation-guard');
    expect(ics).toMatch(/DTSTART;VALUE=DATE:20270228/);
    expect(ics).toMatch(/DTEND;VALUE=DATE:20270301/);
    expect(ics).toContain('SUMMARY:还款 第6期 ¥1000.00');
  });

  it('puts an alarm on unpaid instalments only', () => {
    expect(ics.match(/BEGIN:VALARM/g)).toHaveLength(5);
    expect(ics).toContain('TRIGGER:-PT15H');
  });
});
