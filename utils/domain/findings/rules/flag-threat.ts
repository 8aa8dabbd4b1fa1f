import { CBA_GUIDELINE, L, PUBLIC_SECURITY_2012_42 } from '../sources';
import type { RuleData } from '../rule-data';

/** Contact flag "threat" mapped to the prohibitions it matches. */
export const flagThreat: RuleData = {
  id: 'flag-threat',
  title: L('威胁恐吓', '威脅恐嚇', 'Threats'),
  explain: L(
    '{date} {time} 对方威胁、恐吓你。据报道，银行业协会的催收指引（约束会员机构）禁止恐吓、威胁；反复发送威胁信息扰乱生活还可能受治安处罚。',
    '{date} {time} 對方威脅、恐嚇你。據報導，銀行業協會的催收指引（約束會員機構）禁止恐嚇、威脅；反覆發送威脅訊息擾亂生活還可能受治安處罰。',
    'On {date} at {time} they threatened or intimidated you. The banking association\u2019s collection guideline (binding on its members), as reported, forbids threats and intimidation; repeatedly sending threatening messages can also be punished by the police.',
  ),
  basis: [CBA_GUIDELINE, PUBLIC_SECURITY_2012_42],
  severity: 'high',
  channels: ['nfra', 'report12321', 'heimao'],
};
