import { CBA_CONDUCT, CRIMINAL_279, L, PSL_2025_IMPERSONATION } from '../sources';
import type { RuleData } from '../rule-data';

/** Contact flag "impersonation": whether a call meets the statutes is for the police, so "may" and 110. */
export const flagImpersonation: RuleData = {
  id: 'flag-impersonation',
  jurisdiction: 'CN',
  title: L('冒充公检法或政府', '冒充公檢法或政府', 'Posing as police, court or government'),
  explain: L(
    '{date} {time} 对方自称是警察、法院或政府人员。据报道，银行业协会的催收指引（约束会员机构）禁止冒用行政、司法机关名义催收；据报道，冒充国家机关工作人员招摇撞骗可能触犯《治安管理处罚法》和《刑法》第二百七十九条，是否构成由公安机关判断。请拨打 110 报警。',
    '{date} {time} 對方自稱是警察、法院或政府人員。據報導，銀行業協會的催收指引（約束會員機構）禁止冒用行政、司法機關名義催收；據報導，冒充國家機關工作人員招搖撞騙可能觸犯《治安管理處罰法》和《刑法》第二百七十九條，是否構成由公安機關判斷。請撥打 110 報警。',
    'On {date} at {time} they claimed to be police, a court or the government. The banking association\u2019s collection guideline (binding on its members), as reported, forbids using the name of administrative or judicial bodies; as reported, impersonating state functionaries to swindle may break the Public Security Administration Punishments Law and Criminal Law Article 279 \u2014 whether it does is for the police to decide. Call 110.',
  ),
  basis: [CBA_CONDUCT, CRIMINAL_279, PSL_2025_IMPERSONATION],
  severity: 'high',
  channels: ['cn-police', 'nfra', 'cn-local-regulator', 'heimao'],
};
