import { CBA_GUIDELINE, CIVIL_CODE_1033, L } from '../sources';
import type { RuleData } from '../rule-data';

export const tooManyCallAttempts: RuleData = {
  id: 'too-many-call-attempts',
  title: L('一天拨打同一号码超过 6 次', '一天撥打同一號碼超過 6 次', 'More than 6 call attempts to your number in a day'),
  explain: L(
    '{date} 同一机构向你的电话拨打了 {count} 次（含未接通）。据报道，银行业协会的催收指引（约束会员机构）规定同一号码每天最多拨打 6 次（按这些电话打到你同一个号码计算）。',
    '{date} 同一機構向你的電話撥打了 {count} 次（含未接通）。據報導，銀行業協會的催收指引（約束會員機構）規定同一號碼每天最多撥打 6 次（按這些電話打到你同一個號碼計算）。',
    'On {date} the same lender called you {count} times (answered or not). The banking association\u2019s collection guideline (binding on its members), as reported, allows at most 6 attempts a day on one number (counted as calls to the same number of yours).',
  ),
  basis: [CBA_GUIDELINE, CIVIL_CODE_1033],
  severity: 'medium',
  channels: ['nfra', 'report12321', 'heimao'],
};
