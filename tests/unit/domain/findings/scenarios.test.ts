import { describe, expect, it } from 'vitest';
import { findAll, groupByRule } from '@/utils/domain/findings/find-all';
import { agreement, bj, contact, installment, lender } from './build';

// Built from the users' stories in shared/design.md.
describe('scenarios from the users’ stories', () => {
  it('story 1: a plan agreed and kept, yet the agency keeps calling — at night and too often', () => {
    const a = agreement({ negotiatedOn: '2026-03-01', lenderRef: 'JD-2026-0301' });
    const plan = [installment(1, '2026-03-10', true), installment(2, '2026-04-10', false)];
    const day = '2026-03-12';
    const contacts = [
      contact({
        lenderId: 'L1',
        at: bj(day, '09:00:00'),
        person: { name: '王', staffId: 'A12', phone: '', agency: '某某催收', party: 'agency' },
      }),
      contact({ lenderId: 'L1', at: bj(day, '11:00:00') }),
      contact({ lenderId: 'L1', at: bj(day, '14:00:00') }),
      contact({ lenderId: 'L1', at: bj(day, '22:30:00'), summary: '说不知道有协议' }),
    ];
    const found = findAll({ contacts, agreements: [a], installments: plan, lenders: [lender()], jurisdiction: 'CN' });
    const groups = groupByRule(found);
    expect(groups.map((g) => [g.ruleId, g.findings.length])).toEqual([
      ['collection-despite-agreement', 1],
      ['night-contact', 1],
      ['too-many-connected-calls', 1],
    ]);
    const agreementFinding = groups[0]!.findings[0]!;
    expect(agreementFinding.contactIds).toHaveLength(4);
    expect(agreementFinding.explanation['zh-CN']).toContain('JD-2026-0301');
    expect(agreementFinding.severity).toBe('high');
    expect(agreementFinding.channels).toContain('nfra');
    expect(groups[0]!.firstAt).toBe(bj(day, '09:00:00'));
    expect(groups[0]!.lastAt).toBe(bj(day, '22:30:00'));
  });

  it('story 3: they call my contacts, pose as the court and threaten — each is its own finding', () => {
    const c = contact({ flags: ['third-party', 'impersonation', 'threat'], thirdParties: '父母', summary: '自称法院，说要抓人' });
    const ids = findAll({ contacts: [c], agreements: [], installments: [], lenders: [], jurisdiction: 'CN' }).map((f) => f.ruleId);
    expect(ids).toEqual(['third-party-contacted', 'flag-threat', 'flag-impersonation']);
  });

  it('editing a contact re-evaluates and deleting removes it from findings', () => {
    const c = contact({ at: bj('2026-03-10', '23:00:00') });
    const base = { agreements: [], installments: [], lenders: [], jurisdiction: 'CN' as const };
    expect(findAll({ contacts: [c], ...base })).toHaveLength(1);
    expect(findAll({ contacts: [{ ...c, at: bj('2026-03-10', '12:00:00') }], ...base })).toHaveLength(0);
    expect(findAll({ contacts: [], ...base })).toHaveLength(0);
  });

  // Speed over 10,000 contacts (and linear growth to 20,000) is measured in the
  // benchmark, not here: `npm run bench -- --only=findings-scale` (bench/measures/findings-scale.ts).
});
