import { CHECKED_NOW, type Fact } from './types';

// [CN] collection conduct: GB/T 45251, the banking association's guideline,
// the credit-card measures. Source: shared/knowledge/collection-rules.md.

const NIFA_REPOST = {
  publisher: '中国互联网金融协会（公告，转载于 ecowood.cn）',
  title: 'GB/T 45251—2025 发布公告',
  url: 'https://ecowood.cn/20gT/index.aspx',
};
const CBA_REPORTS = [
  {
    publisher: '中国证券报（reportify.cn 转载）',
    title: '金融机构个人消费类贷款催收工作指引（试行）报道',
    url: 'https://reportify.cn/news/1215027552503074816',
  },
  { publisher: '21世纪经济报道（reportify.cn 转载）', title: '催收工作指引报道', url: 'https://reportify.cn/social-media/768757111798201' },
];

export const CN_COLLECTION: readonly Fact[] = [
  {
    id: 'cn.gbt45251.night',
    kind: 'rule',
    jurisdiction: 'CN',
    confidence: 'reported',
    what: [
      'GB/T 45251：双方未约定时，22:00 至 08:00 不应催收（推荐性标准）',
      'GB/T 45251：雙方未約定時，22:00 至 08:00 不應催收（推薦性標準）',
      'GB/T 45251: unless both sides agreed, no collection 22:00–08:00 (recommended standard)',
    ],
    sources: [NIFA_REPOST],
    published: '2025-03-13',
    checked: CHECKED_NOW,
    cites: ['GB/T 45251'],
  },
  {
    id: 'cn.gbt45251.connected',
    kind: 'rule',
    jurisdiction: 'CN',
    confidence: 'reported',
    what: [
      'GB/T 45251：与同一债务人的主动有效通话每日不应超过 3 次',
      'GB/T 45251：與同一債務人的主動有效通話每日不應超過 3 次',
      'GB/T 45251: active effective calls with one debtor should not exceed 3 a day',
    ],
    sources: [NIFA_REPOST],
    published: '2025-03-13',
    checked: CHECKED_NOW,
    cites: ['GB/T 45251'],
  },
  {
    id: 'cn.gbt45251.debtor-only',
    kind: 'rule',
    jurisdiction: 'CN',
    confidence: 'reported',
    what: [
      'GB/T 45251：只向债务人催收，不向联系人催收或透露欠款信息',
      'GB/T 45251：只向債務人催收，不向聯絡人催收或透露欠款資訊',
      'GB/T 45251: collect from the debtor only; never from or to a contact',
    ],
    sources: [NIFA_REPOST],
    published: '2025-03-13',
    checked: CHECKED_NOW,
    cites: ['GB/T 45251'],
  },
  {
    id: 'cn.gbt45251.interval',
    kind: 'rule',
    jurisdiction: 'CN',
    confidence: 'unconfirmed',
    what: [
      'GB/T 45251 “催收间隔不宜少于7个自然日”（单一来源）',
      'GB/T 45251「催收間隔不宜少於7個自然日」（單一來源）',
      'GB/T 45251 "interval of at least 7 natural days" (single source)',
    ],
    sources: [{ publisher: 'csai.cn', title: '问答', url: 'https://csai.cn/wenda/1022378.html' }],
    published: 'unknown',
    checked: CHECKED_NOW,
  },
  {
    id: 'cn.cba.night',
    kind: 'rule',
    jurisdiction: 'CN',
    confidence: 'reported',
    what: [
      '银行业协会指引：未经同意，22:00 至 08:00 严禁电话、上门等催收（约束会员机构）',
      '銀行業協會指引：未經同意，22:00 至 08:00 嚴禁電話、上門等催收（約束會員機構）',
      'Banking association guideline: without consent no calls, visits or other collection 22:00–08:00 (members)',
    ],
    sources: CBA_REPORTS,
    published: '2026-01-31',
    checked: CHECKED_NOW,
  },
  {
    id: 'cn.cba.unanswered',
    kind: 'rule',
    jurisdiction: 'CN',
    confidence: 'reported',
    what: [
      '银行业协会指引：电话未接通的，同一联系方式当天尝试拨打不宜超过 6 次；另有约定除外',
      '銀行業協會指引：電話未接通的，同一聯絡方式當天嘗試撥打不宜超過 6 次；另有約定除外',
      'Banking association guideline: unanswered attempts on one number should not exceed 6 a day, unless otherwise agreed',
    ],
    sources: CBA_REPORTS,
    published: '2026-01-31',
    checked: CHECKED_NOW,
  },
  {
    id: 'cn.cba.conduct',
    kind: 'rule',
    jurisdiction: 'CN',
    confidence: 'reported',
    what: [
      '银行业协会指引：禁止恐吓、侮辱、威胁，冒用行政、司法机关名义，编造“黑名单”、夸大后果，以催收名义收费，诱导借新还旧，公开张贴，未经同意用私人电话，未经同意进入住所',
      '銀行業協會指引：禁止恐嚇、侮辱、威脅，冒用行政、司法機關名義，編造「黑名單」、誇大後果，以催收名義收費，誘導借新還舊，公開張貼，未經同意用私人電話，未經同意進入住所',
      'Banking association guideline: no intimidation, insults or threats; no use of the name of administrative or judicial bodies; no invented blacklists or inflated consequences; no fees in the name of collection; no pushing new borrowing; no public notices; no private phones or entry without consent',
    ],
    sources: CBA_REPORTS,
    published: '2026-01-31',
    checked: CHECKED_NOW,
  },
  {
    id: 'cn.cba.third-party',
    kind: 'rule',
    jurisdiction: 'CN',
    confidence: 'reported',
    what: [
      '银行业协会指引：原则上严禁向与债务无关的第三人催收；仅在失联时可联系第三人',
      '銀行業協會指引：原則上嚴禁向與債務無關的第三人催收；僅在失聯時可聯絡第三人',
      'Banking association guideline: collecting from unrelated third parties is forbidden in principle; third parties only when the debtor is unreachable',
    ],
    sources: CBA_REPORTS,
    published: '2026-01-31',
    checked: CHECKED_NOW,
  },
  {
    id: 'cn.cba.visit-two',
    kind: 'rule',
    jurisdiction: 'CN',
    confidence: 'reported',
    what: [
      '银行业协会指引：外访不少于两名催收人员（单一报道）',
      '銀行業協會指引：外訪不少於兩名催收人員（單一報導）',
      'Banking association guideline: at least two collectors on a visit (single report)',
    ],
    sources: [{ publisher: '网易号', title: '催收工作指引解读', url: 'https://163.com/dy/article/KKKKMEEH0553TEXM.html' }],
    published: 'unknown',
    checked: CHECKED_NOW,
  },
  {
    id: 'cn.card.art68',
    kind: 'rule',
    jurisdiction: 'CN',
    confidence: 'reported',
    what: [
      '信用卡办法第六十八条：只对债务人本人及其担保人催收，不得对与债务无关的第三人催收；不得暴力、胁迫、恐吓、辱骂',
      '信用卡辦法第六十八條：只對債務人本人及其擔保人催收，不得對與債務無關的第三人催收；不得暴力、脅迫、恐嚇、辱罵',
      'Credit-card measures, Art. 68: collect only from the debtor and guarantor, never from unrelated third parties; no violence, coercion, threats or insults',
    ],
    sources: [
      {
        publisher: 'wwpfw.com（转载）',
        title: '商业银行信用卡业务监督管理办法 第六十八条',
        url: 'https://wwpfw.com/xinyongqiataoxian/96746.html',
      },
    ],
    published: '2011',
    checked: CHECKED_NOW,
    cites: ['第六十八条', '第六十八條', 'Art. 68', 'Article 68'],
  },
  {
    id: 'cn.card.art70',
    kind: 'rule',
    jurisdiction: 'CN',
    confidence: 'reported',
    what: [
      '信用卡办法第七十条：双方签署个性化分期还款协议后，银行及其委托机构应停止催收，持卡人未履约除外；口头协议须保存录音',
      '信用卡辦法第七十條：雙方簽署個性化分期還款協議後，銀行及其委託機構應停止催收，持卡人未履約除外；口頭協議須保存錄音',
      'Credit-card measures, Art. 70: once a personalised instalment plan is signed the bank and its agencies must stop collecting unless the holder defaults; for an oral plan the bank keeps the recording',
    ],
    sources: [
      {
        publisher: 'm.yktchina.com（引中国政府网）',
        title: '商业银行信用卡业务监督管理办法 第七十条',
        url: 'https://m.yktchina.com/xyk/xyk/2022/0913/46444.html',
      },
    ],
    published: '2022-09-13',
    checked: CHECKED_NOW,
    cites: ['第七十条', '第七十條', 'Art. 70', 'Article 70'],
  },
];
