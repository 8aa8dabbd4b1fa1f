import { describe, expect, it } from 'vitest';
import { findAll, groupByRule } from '@/utils/domain/findings/find-all';
import { headerCount } from '@/utils/domain/findings/group-summary';
import { summarizeGroups } from '@/utils/domain/findings/summary';
import { complaintChannelOf } from '@/utils/domain/complaints/complaint-channel';
import { translate } from '@/utils/i18n/translate';
import { bj, contact } from './build';

describe("a finding's header count agrees with its details", () => {
  it('six connected calls on one day: header "6 次", as the explanation and the contact list say', () => {
    const six = Array.from({ length: 6 }, (_, i) => contact({ at: bj('2026-03-10', `1${i}:00:00`), lenderId: 'L1' }));
    const byId = new Map(six.map((c) => [c.id, c]));
    const groups = groupByRule(findAll({ contacts: six, agreements: [], installments: [], lenders: [], jurisdiction: 'CN' }));
    const [g] = summarizeGroups(groups, (id) => byId.get(id)).filter((s) => s.ruleId === 'too-many-connected-calls');
    const finding = groups.find((x) => x.ruleId === 'too-many-connected-calls')!.findings[0]!;
    expect(g!.count).toBe(1);
    expect(headerCount(g!)).toBe(6);
    expect(translate('zh-CN', 'finding.count', { count: headerCount(g!) })).toBe('6 次');
    expect(finding.explanation['zh-CN']).toContain('6');
    expect(new Set(finding.contactIds).size).toBe(headerCount(g!));
  });

  it('per-contact rules: one finding per contact, both counts the same', () => {
    const threats = [contact({ flags: ['threat'] }), contact({ flags: ['threat'], at: bj('2026-03-11', '10:00:00') })];
    const byId = new Map(threats.map((c) => [c.id, c]));
    const [g] = summarizeGroups(
      groupByRule(findAll({ contacts: threats, agreements: [], installments: [], lenders: [], jurisdiction: 'CN' })),
      (id) => byId.get(id),
    ).filter((s) => s.ruleId === 'flag-threat');
    expect(g && headerCount(g)).toBe(2);
  });
});

describe('the summary names the channel "prepare a complaint" opens', () => {
  it("a threat: the rule's first channel with a complaint site, as complaintChannelOf chooses from its channels", () => {
    const threat = contact({ flags: ['threat'] });
    const groups = groupByRule(findAll({ contacts: [threat], agreements: [], installments: [], lenders: [], jurisdiction: 'CN' }));
    const [g] = summarizeGroups(groups, () => threat).filter((s) => s.ruleId === 'flag-threat');
    expect(g!.complaintChannel).toBe('nfra');
    expect(g!.complaintChannel).toBe(complaintChannelOf(g!.channels.map((c) => c.id)));
  });
});
