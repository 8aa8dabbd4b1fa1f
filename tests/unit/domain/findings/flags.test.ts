import { describe, expect, it } from 'vitest';
import { findAll } from '@/utils/domain/findings/find-all';
import { FLAG_RULES } from '@/utils/domain/findings/rules';
import { CONTACT_FLAGS } from '@/utils/model/records';
import { contact } from './build';

const none = { agreements: [], installments: [], lenders: [], jurisdiction: 'CN' as const };

describe('contact flags map to the prohibitions they match', () => {
  it('gives each flag exactly one finding of its own rule', () => {
    for (const flag of CONTACT_FLAGS) {
      const c = contact({ flags: [flag] });
      const found = findAll({ contacts: [c], ...none });
      expect(
        found.map((f) => f.ruleId),
        flag,
      ).toEqual([FLAG_RULES[flag].id]);
      expect(found[0]!.contactIds).toEqual([c.id]);
    }
  });

  it('names who was contacted for third-party-contacted, or says it was not written down', () => {
    const named = findAll({ contacts: [contact({ flags: ['third-party'], thirdParties: '我妈和同事小李' })], ...none });
    expect(named[0]!.ruleId).toBe('third-party-contacted');
    expect(named[0]!.explanation['zh-CN']).toContain('我妈和同事小李');
    const unnamed = findAll({ contacts: [contact({ flags: ['third-party'] })], ...none });
    expect(unnamed[0]!.explanation.en).toContain('(not written down who)');
  });

  it('treats a visit channel as a visit even without the flag', () => {
    const found = findAll({ contacts: [contact({ channel: 'visit' })], ...none });
    expect(found.map((f) => f.ruleId)).toEqual(['flag-visit']);
  });

  it('finds nothing for a contact with no flags in daytime', () => {
    expect(findAll({ contacts: [contact()], ...none })).toEqual([]);
  });
});
