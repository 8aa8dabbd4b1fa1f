import { CBA_CONDUCT, L } from '../sources';
import type { RuleData } from '../rule-data';

/** Contact flag "false-statement" mapped to the prohibitions it matches. */
export const flagFalseStatement: RuleData = {
  id: 'flag-false-statement',
  jurisdiction: 'CN',
  title: L('虚假或夸大的后果、金额', '虛假或誇大的後果、金額', 'False or exaggerated consequences or amounts'),
  explain: L(
    '{date} {time} 对方编造或夸大事实（例如“黑名单”、夸大金额或法律后果）。据报道，银行业协会的催收指引（约束会员机构）禁止误导性陈述。',
    '{date} {time} 對方編造或誇大事實（例如「黑名單」、誇大金額或法律後果）。據報導，銀行業協會的催收指引（約束會員機構）禁止誤導性陳述。',
    'On {date} at {time} they invented or exaggerated facts (for example a "blacklist", inflated amounts or legal consequences). The banking association\u2019s collection guideline (binding on its members), as reported, forbids misleading statements.',
  ),
  basis: [CBA_CONDUCT],
  severity: 'medium',
  channels: ['nfra', 'nifa', 'heimao'],
};
