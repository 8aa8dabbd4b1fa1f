import { CBA_GUIDELINE, L } from '../sources';
import type { RuleData } from '../rule-data';

/** Contact flag "visit" mapped to the prohibitions it matches. */
export const flagVisit: RuleData = {
  id: 'flag-visit',
  title: L('上门到家或单位', '上門到家或單位', 'Visit to your home or workplace'),
  explain: L(
    '{date} {time} 对方到你家或单位。据报道，银行业协会的催收指引（约束会员机构）规定：未经你同意，催收人员不得进入住所或工作场所；22:00 至 08:00 不得上门。',
    '{date} {time} 對方到你家或單位。據報導，銀行業協會的催收指引（約束會員機構）規定：未經你同意，催收人員不得進入住所或工作場所；22:00 至 08:00 不得上門。',
    'On {date} at {time} they came to your home or workplace. The banking association\u2019s collection guideline (binding on its members), as reported, says that without your consent collectors may not enter your home or workplace, and may not visit between 22:00 and 08:00.',
  ),
  basis: [CBA_GUIDELINE],
  severity: 'high',
  channels: ['nfra', 'heimao'],
};
