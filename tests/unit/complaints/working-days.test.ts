import { describe, expect, it } from 'vitest';
import { isWorkday } from 'chinese-days';
import { addWorkingDays, HOLIDAYS_KNOWN_THROUGH } from '@/utils/domain/time/working-days';
import { answerDue, deadlineDue } from '@/utils/domain/complaints/deadline';
import { channelById } from '@/utils/sites';

// The State Council notices (国务院办公厅关于2025年/2026年部分节假日安排的通知), as
// published by Xinhua on 2024-11-12 and 2025-11-04: weekday holidays and weekend working days.
const NOTICE = {
  2025: {
    off: [
      '2025-01-01',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-03',
      '2025-02-04',
      '2025-04-04',
      '2025-05-01',
      '2025-05-02',
      '2025-05-05',
      '2025-06-02',
      '2025-10-01',
      '2025-10-02',
      '2025-10-03',
      '2025-10-06',
      '2025-10-07',
      '2025-10-08',
    ],
    work: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  2026: {
    off: [
      '2026-01-01',
      '2026-01-02',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-23',
      '2026-04-06',
      '2026-05-01',
      '2026-05-04',
      '2026-05-05',
      '2026-06-19',
      '2026-09-25',
      '2026-10-01',
      '2026-10-02',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
    ],
    work: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
};

describe('mainland working days (chinese-days, checked against the State Council notices)', () => {
  for (const [year, n] of Object.entries(NOTICE)) {
    it(`knows every weekday holiday and every make-up working day of ${year}, and nothing else`, () => {
      const off: string[] = [];
      const work: string[] = [];
      for (let d = new Date(Date.UTC(+year, 0, 1)); d.getUTCFullYear() === +year; d.setUTCDate(d.getUTCDate() + 1)) {
        const day = d.toISOString().slice(0, 10);
        const weekend = d.getUTCDay() === 0 || d.getUTCDay() === 6;
        if (!weekend && !isWorkday(day)) off.push(day);
        if (weekend && isWorkday(day)) work.push(day);
      }
      expect(off).toEqual(n.off);
      expect(work).toEqual(n.work);
    });
  }

  it('skips the Spring Festival and counts the make-up Saturday', () => {
    // Sent Fri 2026-02-13: 14 (Sat, working), then 16–23 off, 24 Tue …
    expect(addWorkingDays('2026-02-13', 1)).toEqual({ date: '2026-02-14', approximate: false });
    expect(addWorkingDays('2026-02-13', 2)).toEqual({ date: '2026-02-24', approximate: false });
    expect(addWorkingDays('2026-09-30', 1)).toEqual({ date: '2026-10-08', approximate: false });
  });

  it('says "approximate" once a day falls in a year without a published notice', () => {
    expect(HOLIDAYS_KNOWN_THROUGH).toBe(2026);
    const r = addWorkingDays('2026-12-28', 10);
    expect(r.approximate).toBe(true);
    expect(addWorkingDays('2026-12-01', 10).approximate).toBe(false);
  });
});

// Correction (issue 14): deadlines say what they are; only an answer deadline makes a complaint overdue.
describe('deadlines that say what they are', () => {
  it('gives NFRA no deadline and no answer due date', () => {
    const nfra = channelById('nfra')!;
    expect(nfra.deadlines).toEqual([]);
    expect(answerDue(nfra, '2026-03-02')).toBeUndefined();
  });

  it('gives 12315 an acceptance decision (7 working days) but no answer due date', () => {
    const c = channelById('samr12315')!;
    expect(c.deadlines.map((d) => [d.kind, d.days, d.unit])).toEqual([
      ['acceptance', 7, 'working'],
      ['mediation-end', 45, 'working'],
    ]);
    expect(answerDue(c, '2026-03-02')).toBeUndefined();
    // 25th 中秋, Oct 1–7 off, Sat Oct 10 a make-up working day.
    expect(deadlineDue(c, c.deadlines[0]!, '2026-09-24').date).toBe('2026-10-12');
  });

  it('counts the PBOC answer 30 days from acceptance, itself 10 working days after receipt', () => {
    const c = channelById('pboc')!;
    const accept = c.deadlines.find((d) => d.id === 'accept')!;
    expect(accept).toMatchObject({ kind: 'acceptance', days: 10, unit: 'working' });
    // 2026-04-30 + 10 working days: May 1–5 off, 9 (Sat) working → 2026-05-18; + 30 days → 2026-06-17.
    expect(deadlineDue(c, accept, '2026-04-30').date).toBe('2026-05-18');
    expect(answerDue(c, '2026-04-30')).toBe('2026-06-17');
  });

  it('gives Taiwan the institution’s own 30 days and the user’s 60 days to apply, none an answer', () => {
    const c = channelById('twfoi')!;
    expect(c.deadlines.map((d) => d.kind)).toEqual(['lender-handling', 'apply']);
    expect(answerDue(c, '2026-03-02')).toBeUndefined();
    expect(c.source.law).toBe('金融消費者保護法 第13條第2項');
  });
});
