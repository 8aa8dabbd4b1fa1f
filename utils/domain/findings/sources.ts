import type { LegalBasis, Localized } from './types';

// The written rules the findings rest on, from shared/knowledge/collection-rules.md.
// Only "text" and "reported" facts appear here: unconfirmed ones (NIFA 2018 hours,
// 治安管理处罚法 2026 article numbers, 消费金融公司管理办法 article) never become findings.
// verifiedOn is the day these entries were last checked against the knowledge file.
export const VERIFIED_ON = '2026-11-22';

export function L(zhCN: string, zhTW: string, en: string): Localized {
  return { 'zh-CN': zhCN, 'zh-TW': zhTW, en };
}

export const GBT_45251: LegalBasis = {
  citation: L(
    '国家标准 GB/T 45251—2025《互联网金融 个人网络消费信贷 贷后催收风控指引》',
    '國家標準 GB/T 45251—2025《互聯網金融 個人網絡消費信貸 貸後催收風控指引》',
    'National standard GB/T 45251—2025 (《互联网金融 个人网络消费信贷 贷后催收风控指引》)',
  ),
  confidence: 'reported',
  kind: 'standard',
  verifiedOn: VERIFIED_ON,
  reportedBy: '中国互联网金融协会',
  reportedIn: L(
    '中国互联网金融协会公告，多家媒体转载',
    '中國互聯網金融協會公告，多家媒體轉載',
    'announcement of the National Internet Finance Association, reposted by several outlets',
  ),
  reportedOn: '2025-03',
};

export const CBA_GUIDELINE: LegalBasis = {
  citation: L(
    '中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》',
    '中國銀行業協會《金融機構個人消費類貸款催收工作指引（試行）》',
    'China Banking Association collection guideline for personal consumer loans (《金融机构个人消费类贷款催收工作指引（试行）》)',
  ),
  confidence: 'reported',
  kind: 'guideline',
  verifiedOn: VERIFIED_ON,
  reportedBy: '中国证券报；21世纪经济报道',
  reportedIn: L('中国证券报、21世纪经济报道', '中國證券報、21世紀經濟報導', 'China Securities Journal and 21st Century Business Herald'),
  reportedOn: '2026-01-31',
};

export const CARD_ART_70: LegalBasis = {
  citation: L(
    '《商业银行信用卡业务监督管理办法》第七十条',
    '《商業銀行信用卡業務監督管理辦法》第七十條',
    'Measures on the Supervision of Commercial Banks\u2019 Credit Card Business, Article 70 (第七十条)',
  ),
  confidence: 'reported',
  kind: 'law',
  verifiedOn: VERIFIED_ON,
  reportedBy: '多个网站引用中国政府网条文',
  reportedIn: L(
    '多个网站引用中国政府网的同一条文',
    '多個網站引用中國政府網的同一條文',
    'the same text quoted by several sites naming the central government website as source',
  ),
  // The knowledge file gives no date of report: reportedOn is left out rather
  // than invented; the UI shows "as reported (checked verifiedOn)".
};

export const PIPL_ART_10: LegalBasis = {
  citation: L('《个人信息保护法》第十条', '《個人信息保護法》第十條', 'Personal Information Protection Law, Article 10 (个人信息保护法 第十条)'),
  confidence: 'text',
  kind: 'law',
  verifiedOn: VERIFIED_ON,
};

export const CIVIL_CODE_1033: LegalBasis = {
  citation: L(
    '《民法典》第一千零三十三条第（一）项',
    '《民法典》第一千零三十三條第（一）項',
    'Civil Code, Article 1033(1) (民法典 第一千零三十三条)',
  ),
  confidence: 'text',
  kind: 'law',
  verifiedOn: VERIFIED_ON,
};

/**
 * Cited with its year only: the law was revised from 2026-01-01 and the new
 * article numbers are unconfirmed. It covers *repeatedly sending* insulting or
 * intimidating messages, so it is cited only where that is the conduct.
 */
export const PUBLIC_SECURITY_2012_42: LegalBasis = {
  citation: L(
    '《治安管理处罚法》（2012年文本）第四十二条第（五）项：多次发送侮辱、恐吓等信息（该法已于2026年修订，请核对现行条文）',
    '《治安管理處罰法》（2012年文本）第四十二條第（五）項：多次發送侮辱、恐嚇等訊息（該法已於2026年修訂，請核對現行條文）',
    'Public Security Administration Punishments Law, Article 42(5): repeatedly sending insulting or intimidating messages (2012 text; the law was revised in 2026 — check the current article)',
  ),
  confidence: 'text',
  kind: 'law',
  verifiedOn: VERIFIED_ON,
};
