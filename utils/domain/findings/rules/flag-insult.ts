import { CBA_CONDUCT, L } from '../sources';
import type { RuleData } from '../rule-data';

/** Contact flag "insult" (bank credit cards also: 第六十八条, added by the detector). */
export const flagInsult: RuleData = {
  id: 'flag-insult',
  jurisdiction: 'CN',
  title: L('辱骂', '辱罵', 'Insults'),
  explain: L(
    '{date} {time} 对方辱骂你。据报道，银行业协会的催收指引（约束会员机构）禁止侮辱借款人。',
    '{date} {time} 對方辱罵你。據報導，銀行業協會的催收指引（約束會員機構）禁止侮辱借款人。',
    'On {date} at {time} they insulted you. The banking association\u2019s collection guideline (binding on its members), as reported, forbids insulting the borrower.',
  ),
  // Not 治安管理处罚法 第五十条: it covers *repeatedly sending* such messages, which one flagged contact does not show.
  basis: [CBA_CONDUCT],
  severity: 'high',
  channels: ['nfra', 'cn-local-regulator', 'report12321', 'heimao'],
};
