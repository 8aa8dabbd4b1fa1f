import { describe, expect, it } from 'vitest';
import { checklistFor } from '@/utils/domain/complaints/checklist';
import { addDays, answerDue, isOverdue } from '@/utils/domain/complaints/deadline';
import { nextStep, ladderStep } from '@/utils/domain/complaints/escalation';
import { channelById } from '@/utils/sites';
import { emptyRecords, fullRecords, lenderComplaint } from './records-fixture';

const nfra = channelById('nfra')!;
const samr = channelById('samr12315')!;
const heimao = channelById('heimao')!;
const state = (items: ReturnType<typeof checklistFor>) => Object.fromEntries(items.map((i) => [i.id, i.ok ? '✓' : i.messageKey]));

describe('checklist computed from the records', () => {
  it('is all ✗ with what to do when nothing is recorded', () => {
    expect(state(checklistFor(nfra, emptyRecords()))).toEqual({
      agreement: 'check.agreement.todo',
      'lender-first': 'check.lenderFirst.todo',
      chronology: 'check.chronology.todo',
      findings: 'check.findings.todo',
      evidence: 'check.evidence.todo',
      demand: 'check.demand.todo',
      'contact-details': 'check.contactDetails.todo',
    });
  });

  it('is all ✓ with full records, and names the lender reference', () => {
    const items = checklistFor(nfra, fullRecords());
    expect(items.every((i) => i.ok)).toBe(true);
    expect(items.find((i) => i.id === 'lender-first')!.params).toEqual({ ref: 'KF-001' });
  });

  it('asks for the reference number when the lender complaint has none', () => {
    const r = { ...fullRecords(), priorComplaints: [lenderComplaint('  ')] };
    expect(state(checklistFor(nfra, r))['lender-first']).toBe('check.lenderFirst.noRef');
  });

  it("does not count a draft recorded on the lender's page as having complained there", () => {
    const draft = { ...lenderComplaint('X0'), channelId: 'user-site', status: 'draft' as const };
    expect(state(checklistFor(nfra, { ...fullRecords(), priorComplaints: [draft] }))['lender-first']).toBe('check.lenderFirst.todo');
  });

  it('ignores complaints to regulators or about other lenders for "lender first"', () => {
    const other = { ...lenderComplaint('X1'), lenderId: 'L2' };
    const regulator = { ...lenderComplaint('X2'), channelId: 'nfra' };
    const r = { ...fullRecords(), priorComplaints: [other, regulator] };
    expect(state(checklistFor(nfra, r))['lender-first']).toBe('check.lenderFirst.todo');
  });

  it('leaves out "lender first" where the channel does not expect it, and asks for the address where it does', () => {
    expect(checklistFor(heimao, emptyRecords()).map((i) => i.id)).not.toContain('lender-first');
    const r = { ...fullRecords(), profile: { name: '李明', phone: '1', address: '' } };
    expect(state(checklistFor(samr, r))['contact-details']).toBe('check.contactDetails.todoAddress');
    expect(state(checklistFor(nfra, r))['contact-details']).toBe('✓');
  });
});

describe('answer deadlines and the escalation ladder', () => {
  it('counts working days over weekends and calendar days plainly', () => {
    expect(addDays('2026-11-20', 15, 'working')).toBe('2026-12-11'); // Friday + 15 working days
    expect(addDays('2026-11-21', 1, 'working')).toBe('2026-11-23'); // Saturday → Monday
    expect(addDays('2026-12-20', 30, 'calendar')).toBe('2027-01-19');
    expect(addDays('2028-02-28', 1, 'calendar')).toBe('2028-02-29');
  });

  // Correction (issue 14): NFRA has no verified answer deadline; 12315's 7 working days decide acceptance only;
  // the PBOC answer is due 30 days from acceptance (itself within 10 working days).
  it('takes the answer deadline from the channel data, only where one exists', () => {
    expect(answerDue(nfra, '2026-11-20')).toBeUndefined();
    expect(answerDue(channelById('pboc'), '2026-11-20')).toBe('2027-01-03');
    expect(answerDue(samr, '2026-11-20')).toBeUndefined();
    expect(answerDue(heimao, '2026-11-20')).toBeUndefined();
    expect(answerDue(undefined, '2026-11-20')).toBeUndefined();
    expect(isOverdue('2026-12-11', '2026-12-11')).toBe(false);
    expect(isOverdue('2026-12-11', '2026-12-12')).toBe(true);
    expect(isOverdue(undefined, '2026-12-12')).toBe(false);
  });

  it('climbs lender → regulator → mediation → court; public platforms sit beside', () => {
    expect(nextStep('lender')).toBe('regulator');
    expect(nextStep('regulator')).toBe('mediation');
    // Correction (issue 14): 12321, NIFA and the consumer association are not regulators: beside the ladder.
    expect(ladderStep('industry-body')).toBe('alongside');
    expect(nextStep('industry-body')).toBe('regulator');
    expect(nextStep('mediation')).toBe('court');
    expect(ladderStep('public-platform')).toBe('alongside');
    expect(nextStep('public-platform')).toBe('regulator');
  });
});
