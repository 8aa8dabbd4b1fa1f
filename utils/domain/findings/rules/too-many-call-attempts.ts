import { CBA_UNANSWERED, L } from '../sources';
import type { RuleData } from '../rule-data';

/**
 * The banking association's guideline counts *unanswered* attempts on *one
 * number* per day: "同一联系方式尝试拨打次数当天不宜超过6次；与债务人另有约定除外".
 * "不宜" is "should not", and a separate agreement with the borrower overrides it.
 */
export const tooManyCallAttempts: RuleData = {
  id: 'too-many-call-attempts',
  jurisdiction: 'CN',
  title: L('一天未接通来电超过 6 次', '一天未接通來電超過 6 次', 'More than 6 unanswered call attempts in a day'),
  explain: L(
    '{date} 同一机构{from}打来 {count} 次你没有接通的电话。据报道，银行业协会的催收指引（约束会员机构）规定：电话未接通的，同一联系方式当天尝试拨打不宜超过 6 次，与你另有约定的除外。{assumed}',
    '{date} 同一機構{from}打來 {count} 次你沒有接通的電話。據報導，銀行業協會的催收指引（約束會員機構）規定：電話未接通的，同一聯絡方式當天嘗試撥打不宜超過 6 次，與你另有約定的除外。{assumed}',
    'On {date} the same lender called {from}{count} times without getting through. The banking association\u2019s collection guideline (binding on its members), as reported, says unanswered attempts on one number should not exceed 6 a day, unless you agreed otherwise. {assumed}',
  ),
  basis: [CBA_UNANSWERED],
  severity: 'medium',
  channels: ['nfra', 'cn-local-regulator', 'report12321', 'heimao'],
  words: {
    fromNumber: L('从号码 {number} ', '從號碼 {number} ', 'from {number} '),
    assumed: L(
      '这些记录没有写明来电号码，这里假定它们都来自同一个号码；补上号码可以让统计更准确。',
      '這些紀錄沒有寫明來電號碼，這裡假定它們都來自同一個號碼；補上號碼可以讓統計更準確。',
      'These records do not say which number called, so they are assumed to come from one number; adding the numbers makes the count exact.',
    ),
  },
};
