import { CHECKED_NOW, type Fact } from './types';

// [TW] Taiwan. Sources: collection-rules.md, complaint-channels.md, true-cost.md.

const TW_LAW_FIRM = {
  publisher: '事務所文章（sf-debtdisputelawyer.com）',
  title: '銀行委外催收規範',
  url: 'https://sf-debtdisputelawyer.com/newsdetail_2_933.html',
};
const FOI_GUIDE = {
  publisher: '財團法人金融消費評議中心',
  title: '評議申請說明',
  url: 'https://foi.org.tw/SeniorEbook/files/basic-html/page75.html',
};

export const TW_FACTS: readonly Fact[] = [
  {
    id: 'tw.bank.hours',
    kind: 'rule',
    jurisdiction: 'TW',
    confidence: 'reported',
    what: [
      '台湾银行委外催收：催收时间为 07:00 至 22:00，债务人同意的除外（依据条文及条号未确认）',
      '銀行委外催收：催收時間為 07:00 至 22:00，債務人同意者除外（依據條文及條號未確認）',
      'Banks\u2019 outsourced collection: 07:00–22:00 unless the debtor agrees (governing text and article unconfirmed)',
    ],
    sources: [
      {
        publisher: '事務所文章（sf-debtdisputelawyer.com）',
        title: '催收時間',
        url: 'https://sf-debtdisputelawyer.com/newsdetail_2_1762.html',
      },
      { publisher: '人間福報', title: '消基會：催收最低標準化範例', url: 'https://merit-times.com.tw/NewsPage.aspx?unid=35978' },
    ],
    published: 'unknown',
    checked: CHECKED_NOW,
  },
  {
    id: 'tw.bank.conduct',
    kind: 'rule',
    jurisdiction: 'TW',
    confidence: 'reported',
    what: [
      '台湾银行委外催收：不得暴力、恐吓、辱骂或骚扰；不得向第三人催讨或收费；外访人员出示授权并表明身份；未经同意不得进入住所',
      '銀行委外催收：不得暴力、恐嚇、辱罵或騷擾；不得向第三人催討或收費；外訪人員出示授權並表明身分；未經同意不得進入住居',
      'Banks\u2019 outsourced collection: no violence, threats, insults or harassment; no collecting from or charging third parties; visitors show authorisation and identify themselves; no entering the home without consent',
    ],
    sources: [TW_LAW_FIRM],
    published: '2025-07-17',
    checked: CHECKED_NOW,
    cites: ['第45條之1', '第45条之1', 'Art. 45-1'],
  },
  {
    id: 'tw.criminal',
    kind: 'rule',
    jurisdiction: 'TW',
    confidence: 'reported',
    what: [
      '台湾刑法第302条（剥夺行动自由）、第304条（强制）、第305条（恐吓危害安全）、第306条（侵入住居）可用于暴力或侵入式催收；应报警',
      '刑法第302條（剝奪行動自由）、第304條（強制）、第305條（恐嚇危害安全）、第306條（侵入住居）可用於暴力或侵入式催收；應報警',
      'Criminal Code Arts. 302, 304, 305 and 306 (restraint, coercion, threats, intrusion) may apply to violent or intrusive collection; report to the police',
    ],
    sources: [
      {
        publisher: '事務所文章（sf-debtdisputelawyer.com）',
        title: '暴力討債',
        url: 'https://sf-debtdisputelawyer.com/newsdetail_2_1620.html',
      },
    ],
    published: '2025-09-09',
    checked: CHECKED_NOW,
    cites: [
      '第302條',
      '第304條',
      '第305條',
      '第306條',
      '第302条',
      '第304条',
      '第305条',
      '第306条',
      'Arts. 302, 304, 305, 306',
      'Art. 305',
      'Art. 306',
    ],
  },
  {
    id: 'tw.line.civil205',
    kind: 'rate-line',
    jurisdiction: 'TW',
    confidence: 'text',
    what: [
      '台湾民法第205条：约定利率超过周年 16% 的，超过部分的约定无效（2021-07-20 施行；之前为 20%）',
      '民法第205條：約定利率超過週年 16% 者，超過部分之約定無效（2021-07-20 施行；之前為 20%）',
      'Civil Code Art. 205: agreed interest above 16 % a year is void for the excess (in force 2021-07-20; before, 20 %)',
    ],
    sources: [
      {
        publisher: '臺灣高等法院高雄分院判決（lawshare.tw 轉載）',
        title: '112年度上字第138號民事判決',
        url: 'https://mail.lawshare.tw/forum.php?action=printable&mod=viewthread&tid=9321',
      },
    ],
    published: '2021-07-20',
    checked: CHECKED_NOW,
    cites: ['第205條', '第205条', 'Art. 205'],
  },
  {
    id: 'tw.foi.procedure',
    kind: 'channel',
    jurisdiction: 'TW',
    confidence: 'reported',
    what: [
      '先向金融机构申诉，机构应在 30 日内处理；不接受结果或 30 日未处理，可在 60 日内向评议中心申请评议（台湾金融消费者保护法第13条第2项；第13条本身未读）',
      '先向金融機構申訴，機構應於 30 日內處理；不接受結果或 30 日未處理，可於 60 日內向評議中心申請評議（金融消費者保護法第13條第2項；第13條本身未讀）',
      'Complain to the institution first; it should handle it within 30 days; if you do not accept the result, or nothing is done in 30 days, apply to FOI within 60 days (Financial Consumer Protection Act Art. 13(2); Art. 13 itself not read)',
    ],
    sources: [FOI_GUIDE, { publisher: 'FOI', title: 'English FAQ', url: 'https://foi.org.tw/Article.aspx?Arti=29&Lang=2&Role=1' }],
    published: 'unknown',
    checked: CHECKED_NOW,
    cites: ['第13條第2項', '第13条第2项', 'Art. 13(2)'],
  },
  {
    id: 'tw.foi.excluded',
    kind: 'channel',
    jurisdiction: 'TW',
    confidence: 'reported',
    what: [
      '评议中心不受理纯属债务协商、投资绩效或定价政策（利率、费用、收费）的争议（评议程序办法第15条第1项第9款）；是否受理催收行为的申诉未确认',
      '評議中心不受理純屬債務協商、投資績效或定價政策（利率、費用、收費）的爭議（評議程序辦法第15條第1項第9款）；是否受理催收行為的申訴未確認',
      'FOI does not take disputes purely about debt negotiation, investment performance or pricing (rates, fees, charges) (review procedure Art. 15(1)(9)); whether it takes complaints about collection conduct is unconfirmed',
    ],
    sources: [{ publisher: '政大碩士論文（9lib.co 摘錄）', title: '金融消費爭議處理機構評議程序辦法 第15條', url: 'https://9lib.co/' }],
    published: 'unknown',
    checked: CHECKED_NOW,
    cites: ['第15條第1項第9款', '第15条第1项第9款', 'Art. 15(1)(9)'],
  },
  {
    id: 'tw.hotline.foi',
    kind: 'hotline',
    jurisdiction: 'TW',
    confidence: 'text',
    what: [
      '评议中心 金融消费争议免费服务专线 0800-789-885；金融服务专线 1998',
      '評議中心 金融消費爭議免費服務專線 0800-789-885；金融服務專線 1998',
      'FOI free dispute line 0800-789-885; financial services line 1998',
    ],
    sources: [FOI_GUIDE],
    published: 'unknown',
    checked: CHECKED_NOW,
    cites: ['0800-789-885', '1998'],
  },
  {
    id: 'tw.channel.fsc',
    kind: 'channel',
    jurisdiction: 'TW',
    confidence: 'reported',
    what: [
      '台湾金管会监理银行及其委外催收；律师事务所建议向其检举不当催收（地址电话未确认）',
      '金管會監理銀行及其委外催收；事務所建議向其檢舉不當催收（地址電話未確認）',
      'The Financial Supervisory Commission supervises banks and their outsourced collection; law firms advise reporting improper collection to it (address and number unconfirmed)',
    ],
    sources: [TW_LAW_FIRM],
    published: '2025-07-17',
    checked: CHECKED_NOW,
  },
  {
    id: 'tw.hotline.110',
    kind: 'hotline',
    jurisdiction: 'TW',
    confidence: 'reported',
    what: [
      '台湾报警 110：威胁、暴力、限制自由、侵入住所',
      '臺灣報警 110：威脅、暴力、限制自由、侵入住居',
      'Taiwan police 110: threats, violence, restraint, unlawful entry',
    ],
    sources: [{ publisher: '三立新聞', title: '110 報案專線', url: 'https://setn.com/News.aspx?NewsID=1202632' }],
    published: 'unknown',
    checked: CHECKED_NOW,
    cites: ['110'],
  },
];
