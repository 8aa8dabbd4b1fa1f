import { CBA_CONDUCT, CBA_NIGHT, CBA_VISIT_TWO, CIVIL_CODE_1033, L } from '../sources';
import type { RuleData } from '../rule-data';

/** Contact flag "visit" (or a contact on the visit channel). */
export const flagVisit: RuleData = {
  id: 'flag-visit',
  jurisdiction: 'CN',
  title: L('上门到家或单位', '上門到家或單位', 'Visit to your home or workplace'),
  explain: L(
    '{date} {time} 对方到你家或单位。据报道，银行业协会的催收指引（约束会员机构）规定：未经你同意不得进入住所或工作场所，22:00 至 08:00 不得上门，外访不少于两名催收人员（单一报道）。《民法典》第一千零三十三条禁止未经同意进入他人住宅。对方赖着不走，可拨打 110。',
    '{date} {time} 對方到你家或單位。據報導，銀行業協會的催收指引（約束會員機構）規定：未經你同意不得進入住所或工作場所，22:00 至 08:00 不得上門，外訪不少於兩名催收人員（單一報導）。《民法典》第一千零三十三條禁止未經同意進入他人住宅。對方賴著不走，可撥打 110。',
    'On {date} at {time} they came to your home or workplace. The banking association\u2019s collection guideline (binding on its members), as reported, says that without your consent collectors may not enter your home or workplace, may not visit between 22:00 and 08:00, and visit in at least two (a single report). Civil Code Article 1033 forbids entering someone\u2019s home without consent. If they will not leave, call 110.',
  ),
  basis: [CBA_CONDUCT, CBA_NIGHT, CBA_VISIT_TWO, CIVIL_CODE_1033],
  severity: 'high',
  channels: ['cn-police', 'nfra', 'cn-local-regulator', 'heimao'],
};
