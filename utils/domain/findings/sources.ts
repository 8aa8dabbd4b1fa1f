import { fact } from '../../data/facts';
import type { BasisKind, LegalBasis, Localized } from './types';

// The written rules the findings rest on. Every basis is built from a fact of
// the registry (utils/data/facts), so its confidence and both dates come from
// one place; an unconfirmed fact can never become a basis (basisOf throws).

export function L(zhCN: string, zhTW: string, en: string): Localized {
  return { 'zh-CN': zhCN, 'zh-TW': zhTW, en };
}

/** A basis citing `citation`, resting on the registry fact `factId`. */
export function basisOf(factId: string, citation: Localized, kind: BasisKind, reportedIn?: Localized): LegalBasis {
  const f = fact(factId);
  if (f.confidence === 'unconfirmed') throw new Error(`unconfirmed fact ${factId} cannot be a basis`);
  const known = f.published !== 'unknown';
  return {
    citation,
    confidence: f.confidence,
    kind,
    verifiedOn: f.checked,
    factId,
    jurisdiction: f.jurisdiction,
    published: f.published,
    ...(f.confidence === 'reported' && reportedIn ? { reportedBy: f.sources[0]!.publisher, reportedIn } : {}),
    ...(f.confidence === 'reported' && known ? { reportedOn: f.published } : {}),
  };
}

// ---- [CN] ----

const GBT_CITATION = L(
  '国家推荐性标准 GB/T 45251—2025《互联网金融 个人网络消费信贷 贷后催收风控指引》',
  '國家推薦性標準 GB/T 45251—2025《互聯網金融 個人網絡消費信貸 貸後催收風控指引》',
  'Recommended national standard GB/T 45251—2025 (《互联网金融 个人网络消费信贷 贷后催收风控指引》)',
);
const NIFA_ANNOUNCEMENT = L(
  '中国互联网金融协会公告（转载）',
  '中國互聯網金融協會公告（轉載）',
  'announcement of the National Internet Finance Association (reposted)',
);
export const GBT_NIGHT = basisOf('cn.gbt45251.night', GBT_CITATION, 'standard', NIFA_ANNOUNCEMENT);
export const GBT_CONNECTED = basisOf('cn.gbt45251.connected', GBT_CITATION, 'standard', NIFA_ANNOUNCEMENT);
export const GBT_DEBTOR_ONLY = basisOf('cn.gbt45251.debtor-only', GBT_CITATION, 'standard', NIFA_ANNOUNCEMENT);

const CBA_CITATION = L(
  '中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》（行业自律，约束会员机构）',
  '中國銀行業協會《金融機構個人消費類貸款催收工作指引（試行）》（行業自律，約束會員機構）',
  'China Banking Association collection guideline for personal consumer loans (《金融机构个人消费类贷款催收工作指引（试行）》; self-regulation, binding on members)',
);
const CBA_PRESS = L(
  '中国证券报、21世纪经济报道',
  '中國證券報、21世紀經濟報導',
  'China Securities Journal and 21st Century Business Herald',
);
export const CBA_NIGHT = basisOf('cn.cba.night', CBA_CITATION, 'guideline', CBA_PRESS);
export const CBA_UNANSWERED = basisOf('cn.cba.unanswered', CBA_CITATION, 'guideline', CBA_PRESS);
export const CBA_CONDUCT = basisOf('cn.cba.conduct', CBA_CITATION, 'guideline', CBA_PRESS);
export const CBA_THIRD_PARTY = basisOf('cn.cba.third-party', CBA_CITATION, 'guideline', CBA_PRESS);
export const CBA_VISIT_TWO = basisOf(
  'cn.cba.visit-two',
  CBA_CITATION,
  'guideline',
  L('网易号文章（单一报道）', '網易號文章（單一報導）', 'a NetEase article (single report)'),
);

const SITES = L('转载条文的网站', '轉載條文的網站', 'sites reproducing the text');
export const CARD_ART_68 = basisOf(
  'cn.card.art68',
  L(
    '《商业银行信用卡业务监督管理办法》第六十八条（仅银行信用卡）',
    '《商業銀行信用卡業務監督管理辦法》第六十八條（僅銀行信用卡）',
    'Measures on Commercial Banks\u2019 Credit Card Business, Article 68 (bank credit cards only)',
  ),
  'law',
  SITES,
);
export const CARD_ART_70 = basisOf(
  'cn.card.art70',
  L(
    '《商业银行信用卡业务监督管理办法》第七十条（仅银行信用卡）',
    '《商業銀行信用卡業務監督管理辦法》第七十條（僅銀行信用卡）',
    'Measures on Commercial Banks\u2019 Credit Card Business, Article 70 (bank credit cards only)',
  ),
  'law',
  SITES,
);

export const PIPL_ART_10 = basisOf(
  'cn.pipl.art10',
  L('《个人信息保护法》第十条', '《個人信息保護法》第十條', 'Personal Information Protection Law, Article 10'),
  'law',
);
export const CIVIL_CODE_1033 = basisOf(
  'cn.civil.art1033',
  L('《民法典》第一千零三十三条', '《民法典》第一千零三十三條', 'Civil Code, Article 1033'),
  'law',
);
export const PSL_2025_50 = basisOf(
  'cn.psl2025.art50-1-5',
  L(
    '《治安管理处罚法》（2025年修订，2026-01-01施行）第五十条第一款第（五）项',
    '《治安管理處罰法》（2025年修訂，2026-01-01施行）第五十條第一款第（五）項',
    'Public Security Administration Punishments Law (revised 2025, in force 2026-01-01), Art. 50(1)(5)',
  ),
  'law',
  L(
    '最高人民检察院转载的条文（经第三方引用）',
    '最高人民檢察院轉載的條文（經第三方引用）',
    'the Supreme People\u2019s Procuratorate\u2019s reproduction, as quoted by a third party',
  ),
);
export const PSL_2025_IMPERSONATION = basisOf(
  'cn.psl2025.impersonation',
  L(
    '《治安管理处罚法》（2025年修订）关于冒充国家机关工作人员招摇撞骗的规定（现行条号未确认）',
    '《治安管理處罰法》（2025年修訂）關於冒充國家機關工作人員招搖撞騙的規定（現行條號未確認）',
    'Public Security Administration Punishments Law (revised 2025), on impersonating state functionaries (current article number unconfirmed)',
  ),
  'law',
  L('新华社等报道', '新華社等報導', 'Xinhua and others'),
);
export const CRIMINAL_279 = basisOf(
  'cn.criminal.art279',
  L(
    '《刑法》第二百七十九条（招摇撞骗罪）',
    '《刑法》第二百七十九條（招搖撞騙罪）',
    'Criminal Law, Article 279 (impersonating state functionaries)',
  ),
  'law',
  L('法律资料网站', '法律資料網站', 'law-information sites'),
);
export const CRIMINAL_293_1 = basisOf(
  'cn.criminal.art293-1',
  L(
    '《刑法》第二百九十三条之一（催收非法债务罪，仅限非法债务）',
    '《刑法》第二百九十三條之一（催收非法債務罪，僅限非法債務）',
    'Criminal Law, Article 293-1 (collecting illegal debts; illegal debts only)',
  ),
  'law',
);

// ---- [TW] ----
const TW_FIRMS = L('律师事务所文章', '律師事務所文章', 'law-firm articles');
export const TW_BANK_HOURS = basisOf(
  'tw.bank.hours',
  L(
    '台湾银行委外催收规范（银行公会自律规范；依据条文及条号未确认）',
    '臺灣銀行委外催收規範（銀行公會自律規範；依據條文及條號未確認）',
    'Taiwan rules on banks\u2019 outsourced collection (bankers\u2019 association self-regulation; governing text and article unconfirmed)',
  ),
  'guideline',
  TW_FIRMS,
);
export const TW_BANK_CONDUCT = basisOf(
  'tw.bank.conduct',
  L(
    '台湾银行法第45条之1及金管会委外作业办法、银行公会规范',
    '銀行法第45條之1及金管會委外作業辦法、銀行公會規範',
    'Taiwan Banking Act Art. 45-1, the FSC outsourcing regulation and bankers\u2019 association rules',
  ),
  'law',
  TW_FIRMS,
);
export const TW_CRIMINAL = basisOf(
  'tw.criminal',
  L('台湾《刑法》第302、304、305、306条', '《刑法》第302、304、305、306條', 'Taiwan Criminal Code Arts. 302, 304, 305, 306'),
  'law',
  TW_FIRMS,
);

// ---- [HK] ----
export const HK_341_INTIMIDATION = basisOf(
  'hk.hkma341.intimidation',
  L(
    '香港金融管理局指引 3.4.1《收数公司》（1996年5月；适用于银行）',
    '香港金融管理局指引 3.4.1《收數公司》（1996年5月；適用於銀行）',
    'HKMA Guideline 3.4.1 "Debt Collection Agencies" (May 1996; banks)',
  ),
  'guideline',
);
export const HK_341_THIRD_PARTY = basisOf(
  'hk.hkma341.third-party',
  L(
    '香港金融管理局指引 3.4.1《收数公司》（1996年5月；适用于银行）',
    '香港金融管理局指引 3.4.1《收數公司》（1996年5月；適用於銀行）',
    'HKMA Guideline 3.4.1 "Debt Collection Agencies" (May 1996; banks)',
  ),
  'guideline',
);
export const HK_COBP = basisOf(
  'hk.cobp.collection',
  L(
    '《银行营运守则》43.2–43.3（非法定守则，金管局监察）',
    '《銀行營運守則》43.2–43.3（非法定守則，金管局監察）',
    'Code of Banking Practice 43.2–43.3 (non-statutory; monitored by the HKMA)',
  ),
  'guideline',
  L('法律网站与香港法律改革委员会报告', '法律網站與香港法律改革委員會報告', 'a legal site and the Law Reform Commission report'),
);
export const HK_POLICE = basisOf(
  'hk.police.illegal-collection',
  L('香港警务处：非法收数', '香港警務處：非法收數', 'Hong Kong Police: illegal debt collection'),
  'law',
  L('香港警务处网页', '香港警務處網頁', 'the Hong Kong Police website'),
);
