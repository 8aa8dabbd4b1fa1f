import { CBA_CONDUCT, L, PSL_2025_50 } from '../sources';
import type { RuleData } from '../rule-data';

/** Contact flag "threat". 治安管理处罚法 (2025) 第五十条 covers *repeatedly* sending such messages: worded as "may". */
export const flagThreat: RuleData = {
  id: 'flag-threat',
  jurisdiction: 'CN',
  title: L('威胁恐吓', '威脅恐嚇', 'Threats'),
  explain: L(
    '{date} {time} 对方威胁、恐吓你。据报道，银行业协会的催收指引（约束会员机构）禁止恐吓、威胁；据报道，现行《治安管理处罚法》（2025年修订，2026-01-01施行）规定，多次发送恐吓等信息干扰他人正常生活的，可受治安处罚。遇到人身威胁请拨打 110。',
    '{date} {time} 對方威脅、恐嚇你。據報導，銀行業協會的催收指引（約束會員機構）禁止恐嚇、威脅；據報導，現行《治安管理處罰法》（2025年修訂，2026-01-01施行）規定，多次發送恐嚇等訊息干擾他人正常生活的，可受治安處罰。遇到人身威脅請撥打 110。',
    'On {date} at {time} they threatened or intimidated you. The banking association\u2019s collection guideline (binding on its members), as reported, forbids threats and intimidation; under the current Public Security Administration Punishments Law (revised 2025, in force 2026-01-01), as reported, repeatedly sending intimidating messages that disturb someone\u2019s normal life may be punished. If you are threatened with harm, call 110.',
  ),
  basis: [CBA_CONDUCT, PSL_2025_50],
  severity: 'high',
  channels: ['nfra', 'cn-local-regulator', 'cn-police', 'report12321', 'heimao'],
};
