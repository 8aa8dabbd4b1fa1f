import { describe, expect, it } from 'vitest';
import { findAll } from '@/utils/domain/findings/find-all';
import type { Contact } from '@/utils/model/records';
import { agreement, bj, contact, installment, lender } from './build';

const RULE = 'collection-despite-agreement';
const plan = [installment(1, '2026-03-15', true), installment(2, '2026-04-15', false), installment(3, '2026-05-15', false)];

function run(contacts: Contact[], over: { kind?: 'bank-card' | 'consumer-finance'; status?: 'active' | 'completed'; stop?: boolean } = {}) {
  const a = agreement({
    status: over.status ?? 'active',
    promises: { stopCollection: over.stop ?? true, noThirdPartyContact: true, creditReport: 'none', noNewPenalties: true, other: '' },
  });
  return findAll({ contacts, agreements: [a], installments: plan, lenders: [lender({ kind: over.kind ?? 'consumer-finance' })] }).filter(
    (f) => f.ruleId === RULE,
  );
}

describe('collection-despite-agreement', () => {
  it('ignores the days up to the negotiation and counts the day after', () => {
    const before = contact({ lenderId: 'L1', at: bj('2026-02-28', '10:00:00') });
    const sameDay = contact({ lenderId: 'L1', at: bj('2026-03-01', '15:00:00') });
    const after = contact({ lenderId: 'L1', at: bj('2026-03-02', '10:00:00') });
    const [f] = run([before, sameDay, after]);
    expect(f!.contactIds).toEqual([after.id]);
    expect(f!.agreementId).toBe('A1');
  });

  it('is silent once the borrower is behind: the contact after a missed instalment does not count', () => {
    const onTrack = contact({ lenderId: 'L1', at: bj('2026-04-15', '10:00:00') }); // due today: not overdue yet
    const offTrack = contact({ lenderId: 'L1', at: bj('2026-04-16', '10:00:00') });
    const [f] = run([onTrack, offTrack]);
    expect(f!.contactIds).toEqual([onTrack.id]);
    expect(run([offTrack])).toEqual([]);
  });

  it('cites 第七十条 (as reported) for a bank credit-card plan', () => {
    const [f] = run([contact({ lenderId: 'L1', at: bj('2026-03-05', '10:00:00') })], { kind: 'bank-card' });
    expect(f!.basis).toHaveLength(1);
    expect(f!.basis[0]!.citation['zh-CN']).toContain('第七十条');
    expect(f!.basis[0]!.confidence).toBe('reported');
    expect(f!.explanation.en).toContain('credit-card instalment agreement');
  });

  it('cites the lender’s recorded promise otherwise, with likely causes and the next step', () => {
    const [f] = run([contact({ lenderId: 'L1', at: bj('2026-03-05', '10:00:00') })]);
    expect(f!.basis[0]!.citation['zh-CN']).toContain('REF-77');
    expect(f!.basis[0]!.citation['zh-CN']).not.toContain('第七十条');
    expect(f!.explanation['zh-CN']).toContain('承诺停止催收');
    expect(f!.explanation['zh-CN']).toContain('常见原因');
    expect(f!.explanation.en).toContain('Next step: contact the lender with the agreement reference');
  });

  it('says so when no promise to stop collection was recorded', () => {
    const [f] = run([contact({ lenderId: 'L1', at: bj('2026-03-05', '10:00:00') })], { stop: false });
    expect(f!.explanation.en).toContain('No promise to stop collection is recorded');
  });

  it('without a recorded promise cites only the agreement (your own record) and the reported guideline, at medium severity', () => {
    const [f] = run([contact({ lenderId: 'L1', at: bj('2026-03-05', '10:00:00') })], { stop: false });
    const [own, guideline] = f!.basis;
    expect(f!.basis).toHaveLength(2);
    expect(own!.kind).toBe('own-record');
    expect(own!.citation.en).toBe('Your repayment agreement with the lender of 2026-03-01 (reference REF-77)');
    for (const text of Object.values(own!.citation)) expect(text).not.toMatch(/promise|承诺|承諾/i);
    expect(guideline).toMatchObject({ kind: 'guideline', confidence: 'reported' });
    expect(f!.severity).toBe('medium');
  });

  it('with a recorded promise cites it as your own record, at high severity', () => {
    const [f] = run([contact({ lenderId: 'L1', at: bj('2026-03-05', '10:00:00') })]);
    expect(f!.basis[0]).toMatchObject({ kind: 'own-record' });
    expect(f!.basis[0]!.citation.en).toContain('The promise in your repayment agreement');
    expect(f!.severity).toBe('high');
  });

  it('ignores completed agreements, other lenders and the user’s own calls', () => {
    expect(run([contact({ lenderId: 'L1', at: bj('2026-03-05', '10:00:00') })], { status: 'completed' })).toEqual([]);
    expect(run([contact({ lenderId: 'L2', at: bj('2026-03-05', '10:00:00') })])).toEqual([]);
    expect(run([contact({ lenderId: 'L1', direction: 'outgoing', at: bj('2026-03-05', '10:00:00') })])).toEqual([]);
  });

  it('follows an explicit link to the agreement even without a lender', () => {
    const linked = contact({ agreementId: 'A1', at: bj('2026-03-05', '10:00:00') });
    expect(run([linked])[0]!.contactIds).toEqual([linked.id]);
  });
});
