import { describe, expect, it } from 'vitest';
import { findAll } from '@/utils/domain/findings/find-all';
import { RULES, rulesFor } from '@/utils/domain/findings/rules';
import { channelJurisdiction } from '@/utils/sites';
import type { Contact, Jurisdiction } from '@/utils/model/records';
import { agreement, bj, contact, lender } from './build';

const night = () => contact({ lenderId: 'L1', at: bj('2026-03-10', '07:30:00') });
const late = () => contact({ lenderId: 'L1', at: bj('2026-03-10', '23:00:00') });
const flagged = () =>
  contact({
    lenderId: 'L1',
    flags: ['third-party', 'threat', 'insult', 'public-posting', 'visit', 'impersonation', 'extra-fees'],
    thirdParties: '母亲',
  });
const missed = () =>
  Array.from({ length: 8 }, (_, i) =>
    contact({ lenderId: 'L1', channel: 'missed-call', connected: false, at: bj('2026-03-10', `1${i}:00:00`) }),
  );

function run(contacts: Contact[], jurisdiction: Jurisdiction | undefined, agreements = [] as ReturnType<typeof agreement>[]) {
  return findAll({ contacts, agreements, installments: [], lenders: [lender({ kind: 'bank-card' })], jurisdiction });
}

describe('each jurisdiction is checked by its own rulebook only', () => {
  it('a Taiwan user gets Taiwan rules (07:00–22:00, third parties, threats, visits) and never a mainland one', () => {
    const f = run([night(), late(), flagged(), ...missed()], 'TW');
    const ids = [...new Set(f.map((x) => x.ruleId))].sort();
    expect(ids).toEqual(['tw-night-contact', 'tw-third-party', 'tw-threat', 'tw-visit']);
    // 07:30 is inside Taiwan's reported hours (07:00–22:00), 23:00 is not.
    expect(f.filter((x) => x.ruleId === 'tw-night-contact')).toHaveLength(1);
    for (const x of f) {
      for (const b of x.basis) expect(b.jurisdiction).toBe('TW');
      for (const c of x.channels) expect(channelJurisdiction(c)).toBe('TW');
      expect(JSON.stringify(x)).not.toMatch(/个人信息保护法|個人信息保護法|GB\/T|第六十八条|第七十条/);
    }
    // Threat and insult map to one Taiwan rule: one finding, not two.
    expect(f.filter((x) => x.ruleId === 'tw-threat')).toHaveLength(1);
  });

  it('a Hong Kong user gets HKMA Guideline 3.4.1 findings and 999, never a mainland rule or 110', () => {
    const f = run([night(), late(), flagged(), ...missed()], 'HK');
    const ids = [...new Set(f.map((x) => x.ruleId))].sort();
    expect(ids).toEqual(['hk-intimidation', 'hk-third-party']);
    for (const x of f) {
      for (const b of x.basis) expect(b.jurisdiction).toBe('HK');
      for (const c of x.channels) expect(channelJurisdiction(c)).toBe('HK');
      expect(x.explanation.en).not.toContain('110');
    }
    expect(f.find((x) => x.ruleId === 'hk-intimidation')!.explanation.en).toContain('999');
  });

  it('a mainland user gets the mainland rules, with 第六十八条 for a bank credit card', () => {
    const f = run([late(), flagged(), ...missed()], 'CN');
    const ids = new Set(f.map((x) => x.ruleId));
    for (const id of ['night-contact', 'third-party-contacted', 'flag-threat', 'flag-impersonation', 'too-many-call-attempts'])
      expect(ids.has(id), id).toBe(true);
    expect(JSON.stringify(f.find((x) => x.ruleId === 'third-party-contacted')!.basis)).toContain('第六十八条');
    expect(JSON.stringify(f)).not.toContain('第二百九十三条之一');
  });

  it('cites 刑法 第二百九十三条之一 only for an unlicensed lender (an illegal debt)', () => {
    const c = contact({ lenderId: 'L1', flags: ['threat'] });
    const f = findAll({ contacts: [c], agreements: [], installments: [], lenders: [lender({ kind: 'unlicensed' })], jurisdiction: 'CN' });
    expect(JSON.stringify(f[0]!.basis)).toContain('第二百九十三条之一');
  });

  it('an agreement can override the user’s jurisdiction (a Hong Kong resident with a mainland loan)', () => {
    const a = agreement({ jurisdiction: 'CN' });
    const linked = contact({ agreementId: 'A1', lenderId: 'L1', at: bj('2026-02-10', '23:00:00') });
    const f = run([linked], 'HK', [a]);
    expect(f.map((x) => x.ruleId)).toContain('night-contact');
  });

  it('until the user has chosen a jurisdiction, no rulebook is assumed: nothing is found', () => {
    expect(run([night(), late(), flagged(), ...missed()], undefined)).toEqual([]);
    // The same log under an explicit choice does find things, so the empty answer above is not vacuous.
    expect(run([night(), late(), flagged(), ...missed()], 'CN').length).toBeGreaterThan(3);
  });

  it('with no choice yet, an agreement with its own jurisdiction is still checked, under that one only', () => {
    const a = agreement({ jurisdiction: 'HK' });
    const linked = contact({ agreementId: 'A1', lenderId: 'L1', flags: ['third-party'], at: bj('2026-02-10', '23:00:00') });
    const unlinked = contact({ lenderId: 'L9', at: bj('2026-02-10', '23:30:00') });
    const f = run([linked, unlinked], undefined, [a]);
    expect(f.map((x) => x.ruleId)).toEqual(['hk-third-party']);
    expect(f[0]!.contactIds).toEqual([linked.id]);
  });

  it('rulesFor lists only a jurisdiction’s own and the record-only rules', () => {
    for (const j of ['CN', 'TW', 'HK'] as const) for (const r of rulesFor(j)) expect([j, 'any']).toContain(r.jurisdiction);
    expect(RULES.some((r) => r.id === 'tw-third-party')).toBe(true);
  });
});
