import { describe, expect, it } from 'vitest';
import { findAll } from '@/utils/domain/findings/find-all';
import type { Contact } from '@/utils/model/records';
import { agreement, bj, contact, installment, lender } from './build';

const RULE = 'collection-despite-agreement';
const plan = [installment(1, '2026-03-15', true), installment(2, '2026-04-15', false), installment(3, '2026-05-15', false)];

type Over = {
  kind?: 'bank-card' | 'consumer-finance';
  status?: 'active' | 'completed';
  stop?: boolean;
  signed?: boolean | undefined;
  jurisdiction?: 'CN' | 'TW' | 'HK';
};

function findAllFor(contacts: Contact[], over: Over = {}) {
  const a = agreement({
    status: over.status ?? 'active',
    promises: { stopCollection: over.stop ?? true, noThirdPartyContact: true, creditReport: 'none', noNewPenalties: true, other: '' },
    ...(over.signed !== undefined ? { signed: over.signed } : {}),
  });
  return findAll({
    contacts,
    agreements: [a],
    installments: plan,
    lenders: [lender({ kind: over.kind ?? 'consumer-finance' })],
    jurisdiction: over.jurisdiction ?? 'CN',
  });
}

function run(contacts: Contact[], over: Over = {}) {
  return findAllFor(contacts, over).filter((f) => f.ruleId === RULE);
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

  // Correction (issue 14): 第七十条 binds only a *signed* credit-card plan; an oral plan only obliges the bank to keep the recording.
  it('cites 第七十条 (as reported) only for a signed bank credit-card plan of a mainland user', () => {
    const c = () => [contact({ lenderId: 'L1', at: bj('2026-03-05', '10:00:00') })];
    const [f] = run(c(), { kind: 'bank-card', stop: false, signed: true });
    expect(f!.basis).toHaveLength(1);
    expect(f!.basis[0]!.citation['zh-CN']).toContain('第七十条');
    expect(f!.basis[0]!.confidence).toBe('reported');
    expect(f!.explanation.en).toContain('signed individual credit-card instalment plan');
    // Not signed (oral or not recorded): no 第七十条, only a note worth asking about, which says why.
    for (const signed of [false, undefined]) {
      expect(run(c(), { kind: 'bank-card', stop: false, signed })).toEqual([]);
      const [n] = findAllFor(c(), { kind: 'bank-card', stop: false, signed }).filter((x) => x.ruleId === 'agreement-worth-asking');
      expect(n!.explanation.en).toContain('not recorded as signed');
      expect(JSON.stringify(n!.basis)).not.toContain('第七十条');
    }
    // A Taiwan user's bank-card plan is not under the mainland measures.
    const [tw] = run(c(), { kind: 'bank-card', stop: true, signed: true, jurisdiction: 'TW' });
    expect(JSON.stringify(tw!.basis)).not.toContain('第七十条');
    expect(tw!.channels.every((id) => ['tw-fsc', 'twfoi'].includes(id))).toBe(true);
  });

  it('rests on the lender’s recorded promise otherwise ("贷款方在 … 的协议中承诺停止催收"), with likely causes and the next step', () => {
    const [f] = run([contact({ lenderId: 'L1', at: bj('2026-03-05', '10:00:00') })]);
    expect(f!.basis).toHaveLength(1);
    expect(f!.basis[0]).toMatchObject({ kind: 'own-record' });
    expect(f!.basis[0]!.citation['zh-CN']).toBe('贷款方在 2026-03-01 的协议（编号 REF-77）中承诺停止催收');
    expect(f!.explanation['zh-CN']).toContain('贷款方在 2026-03-01 的协议中承诺停止催收');
    expect(f!.explanation.en).toContain('not on a rule');
    expect(f!.explanation['zh-CN']).toContain('常见原因');
    expect(f!.explanation.en).toContain('Next step: contact the lender with the agreement reference');
    expect(f!.severity).toBe('high');
  });

  // Correction (issue 14): no collection guideline has a stop-after-agreement clause, so without a promise there is no finding.
  it('without a recorded promise gives no finding, only a "worth asking" note resting on the user’s own record', () => {
    const c = [contact({ lenderId: 'L1', at: bj('2026-03-05', '10:00:00') })];
    expect(run(c, { stop: false })).toEqual([]);
    const [n] = findAllFor(c, { stop: false }).filter((x) => x.ruleId === 'agreement-worth-asking');
    expect(n!.severity).toBe('low');
    expect(n!.basis).toHaveLength(1);
    expect(n!.basis[0]!.kind).toBe('own-record');
    expect(n!.basis[0]!.citation.en).toBe('Your repayment agreement with the lender of 2026-03-01 (reference REF-77)');
    expect(n!.explanation.en).toContain('worth asking');
    expect(n!.channels).toEqual([]);
  });

  // Correction (issue 14): an instalment paid after its due date leaves the plan overdue until the payment.
  it('counts a late payment as behind: contacts between the due date and the payment are not collection despite an agreement', () => {
    const late = [installment(1, '2026-03-15', true, { paidOn: '2026-03-20' }), installment(2, '2026-04-15', false)];
    const inGap = contact({ lenderId: 'L1', at: bj('2026-03-17', '10:00:00') });
    const onPayDay = contact({ lenderId: 'L1', at: bj('2026-03-20', '10:00:00') });
    const [f] = findAll({
      contacts: [inGap, onPayDay],
      agreements: [agreement()],
      installments: late,
      lenders: [lender()],
      jurisdiction: 'CN',
    }).filter((x) => x.ruleId === RULE);
    expect(f!.contactIds).toEqual([onPayDay.id]);
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
