import { CBA_CONDUCT, L } from '../sources';
import type { RuleData } from '../rule-data';

/** Contact flag "extra-fees" mapped to the prohibitions it matches. */
export const flagExtraFees: RuleData = {
  id: 'flag-extra-fees',
  jurisdiction: 'CN',
  title: L('以催收名义收取额外费用', '以催收名義收取額外費用', 'Extra fees demanded in the name of collection'),
  explain: L(
    '{date} {time} 对方要求你支付额外费用。据报道，银行业协会的催收指引（约束会员机构）禁止以催收名义收取额外费用。',
    '{date} {time} 對方要求你支付額外費用。據報導，銀行業協會的催收指引（約束會員機構）禁止以催收名義收取額外費用。',
    'On {date} at {time} they demanded extra fees. The banking association\u2019s collection guideline (binding on its members), as reported, forbids charging extra fees in the name of collection.',
  ),
  basis: [CBA_CONDUCT],
  severity: 'medium',
  channels: ['nfra', 'heimao', 'cca'],
};
