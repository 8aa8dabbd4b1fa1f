import { CBA_GUIDELINE, L } from '../sources';
import type { RuleData } from '../rule-data';

/** Contact flag "impersonation" mapped to the prohibitions it matches. */
export const flagImpersonation: RuleData = {
  id: 'flag-impersonation',
  title: L('冒充公检法或政府', '冒充公檢法或政府', 'Posing as police, court or government'),
  explain: L(
    '{date} {time} 对方自称是警察、法院或政府人员。据报道，银行业协会的催收指引（约束会员机构）禁止以行政、司法机关的名义催收。',
    '{date} {time} 對方自稱是警察、法院或政府人員。據報導，銀行業協會的催收指引（約束會員機構）禁止以行政、司法機關的名義催收。',
    'On {date} at {time} they claimed to be police, a court or the government. The banking association\u2019s collection guideline (binding on its members), as reported, forbids using the name of administrative or judicial bodies.',
  ),
  basis: [CBA_GUIDELINE],
  severity: 'high',
  channels: ['nfra', 'nifa', 'heimao'],
};
