import { CBA_CONDUCT, L } from '../sources';
import type { RuleData } from '../rule-data';

/** Contact flag "private-phone" mapped to the prohibitions it matches. */
export const flagPrivatePhone: RuleData = {
  id: 'flag-private-phone',
  jurisdiction: 'CN',
  title: L('用私人电话或社交软件催收', '用私人電話或社交軟體催收', 'Private phone or social app used'),
  explain: L(
    '{date} {time} 对方用私人电话或社交软件联系你。据报道，银行业协会的催收指引（约束会员机构）规定：未经你同意，外包催收人员不得这样催收。',
    '{date} {time} 對方用私人電話或社交軟體聯絡你。據報導，銀行業協會的催收指引（約束會員機構）規定：未經你同意，外包催收人員不得這樣催收。',
    'On {date} at {time} they contacted you from a private phone or social app. The banking association\u2019s collection guideline (binding on its members), as reported, says that without your consent outside agencies may not collect this way.',
  ),
  basis: [CBA_CONDUCT],
  severity: 'medium',
  channels: ['nfra', 'report12321'],
};
