import { describe, expect, it } from 'vitest';
import { today, type TodayInput } from '@/utils/domain/today/today';
import type { Agreement, Complaint, Installment, Reminder } from '@/utils/model/records';
import { agreement } from '../domain/findings/build';

const base: TodayInput = {
  agreements: [],
  installments: [],
  complaints: [],
  reminders: [],
  findings: [],
  seen: {},
  contactCount: 0,
  today: '2026-12-01',
  now: Date.UTC(2026, 11, 1, 4),
};
const inst = (over: Partial<Installment>): Installment => ({
  id: 'i',
  agreementId: 'a1',
  seq: 1,
  dueDate: '2026-12-05',
  amountFen: 100,
  ...over,
});
const complaint = (over: Partial<Complaint>): Complaint => ({
  id: 'c1',
  channelId: 'lender',
  url: 'https://example.gov.cn/',
  createdAt: 0,
  referenceNo: 'R1',
  status: 'submitted',
  sections: {},
  contactIds: [],
  notes: '',
  updatedAt: 0,
  ...over,
});
const followUp = (over: Partial<Reminder>): Reminder => ({
  id: 'r1',
  key: 'follow-up:a1:agency-told',
  kind: 'follow-up',
  targetType: 'agreement',
  targetId: 'a1',
  fireAt: base.now - 1,
  text: '',
  done: false,
  createdAt: 0,
  ...over,
});

describe('the overview: what do I need to do now', () => {
  it('first run: both first steps, nothing else, not "clear"', () => {
    const d = today(base);
    expect(d.start).toEqual({ agreement: true, contact: true });
    expect(d.clear).toBe(false);
  });

  it('overdue and next instalments; a paid one and one far ahead are not listed', () => {
    const a = agreement({ id: 'a1', status: 'active' }) as Agreement;
    const d = today({
      ...base,
      agreements: [a],
      contactCount: 3,
      installments: [
        inst({ id: 'late', seq: 1, dueDate: '2026-11-20' }),
        inst({ id: 'paid', seq: 2, dueDate: '2026-11-25', paidOn: '2026-11-25', paidFen: 100 }),
        inst({ id: 'soon', seq: 3, dueDate: '2026-12-05' }),
      ],
    });
    expect(d.overdue.map((u) => u.installment.id)).toEqual(['late']);
    expect(d.next.map((u) => u.installment.id)).toEqual(['soon']);
    const far = today({ ...base, agreements: [a], contactCount: 1, installments: [inst({ id: 'far', dueDate: '2027-03-01' })] });
    expect(far.next).toEqual([]);
    expect(far.clear).toBe(true);
  });

  it('an NFRA complaint recorded with a due date from older data is never "overdue" (NFRA publishes no answer deadline)', () => {
    const d = today({
      ...base,
      complaints: [
        complaint({ id: 'nfra-old', channelId: 'nfra', answerDue: '2026-11-28' }),
        complaint({ id: 'lender', answerDue: '2026-11-28' }),
      ],
    });
    expect(d.answers.map((a) => a.complaint.id)).toEqual(['lender']);
  });

  it('complaint answers due within a week or overdue, only for complaints still waiting', () => {
    const d = today({
      ...base,
      complaints: [
        complaint({ id: 'late', answerDue: '2026-11-28' }),
        complaint({ id: 'soon', answerDue: '2026-12-06' }),
        complaint({ id: 'later', answerDue: '2026-12-30' }),
        complaint({ id: 'answered', answerDue: '2026-11-28', status: 'answered' }),
        complaint({ id: 'draft', answerDue: '2026-11-28', status: 'draft' }),
      ],
    });
    expect(d.answers.map((a) => [a.complaint.id, a.overdue])).toEqual([
      ['late', true],
      ['soon', false],
    ]);
  });

  it('new findings are counted against the last visit; a first visit shows them all', () => {
    const findings = [
      { ruleId: 'night-contact', count: 5 },
      { ruleId: 'flag-threat', count: 2 },
    ];
    expect(today({ ...base, findings, seen: { 'night-contact': 3, 'flag-threat': 2 } }).newFindings).toEqual([
      { ruleId: 'night-contact', added: 2 },
    ]);
    expect(today({ ...base, findings, seen: undefined }).newFindings).toHaveLength(2);
  });

  it('follow-ups that are due and not done', () => {
    const d = today({
      ...base,
      reminders: [
        followUp({}),
        followUp({ id: 'done', done: true }),
        followUp({ id: 'later', fireAt: base.now + 86_400_000 }),
        followUp({ id: 'inst', kind: 'installment-due' }),
      ],
    });
    expect(d.followUps.map((r) => r.id)).toEqual(['r1']);
  });
});
