import { CHECKED_NOW, type Fact } from './types';

// [CN] statutes: 个人信息保护法, 民法典, 治安管理处罚法 (2025), 刑法.
// Source: shared/knowledge/collection-rules.md. Article numbers appear only at
// the confidence the sheet gives them; unconfirmed ones are kept here so the
// meta-test can prove they are never used.

export const CN_LAWS: readonly Fact[] = [
  {
    id: 'cn.pipl.art10',
    kind: 'rule',
    jurisdiction: 'CN',
    confidence: 'text',
    what: [
      '个人信息保护法第十条：不得非法收集、使用、加工、传输他人个人信息，不得非法买卖、提供或者公开',
      '個人信息保護法第十條：不得非法收集、使用、加工、傳輸他人個人信息，不得非法買賣、提供或者公開',
      'Personal Information Protection Law, Art. 10: no illegal collection, use, processing or transmission of others\u2019 personal information, nor illegal trading, providing or disclosing it',
    ],
    sources: [
      { publisher: '释义（e-book.qq.com）', title: '个人信息保护法释义 第十条', url: 'https://m.e-book.qq.com/read/1044618384/14' },
    ],
    published: '2021-11-01',
    checked: CHECKED_NOW,
    cites: ['第十条', '第十條', 'Article 10', 'Art. 10'],
  },
  {
    id: 'cn.civil.art1033',
    kind: 'rule',
    jurisdiction: 'CN',
    confidence: 'text',
    what: [
      '民法典第一千零三十三条：未经同意不得以电话、短信等侵扰私人生活安宁（一），不得进入他人住宅等私密空间（二），不得处理他人私密信息（五）',
      '民法典第一千零三十三條：未經同意不得以電話、簡訊等侵擾私人生活安寧（一），不得進入他人住宅等私密空間（二），不得處理他人私密資訊（五）',
      'Civil Code, Art. 1033: without consent no one may disturb private life by calls or messages (1), enter someone\u2019s home (2) or process their private information (5)',
    ],
    sources: [
      {
        publisher: 'jusspace.com',
        title: '民法典第一千零三十三条 条文与评注',
        url: 'https://jusspace.com/forum.php?mod=viewthread&tid=1504',
      },
    ],
    published: '2023-01-10',
    checked: CHECKED_NOW,
    cites: ['第一千零三十三条', '第一千零三十三條', 'Article 1033', 'Art. 1033'],
  },
  {
    id: 'cn.psl2025.revision',
    kind: 'rule',
    jurisdiction: 'CN',
    confidence: 'reported',
    what: [
      '治安管理处罚法于 2025-06-27 修订通过，2026-01-01 施行',
      '治安管理處罰法於 2025-06-27 修訂通過，2026-01-01 施行',
      'Public Security Administration Punishments Law revised 2025-06-27, in force 2026-01-01',
    ],
    sources: [
      { publisher: '新华社（界面新闻转载，hezimao.cn）', title: '治安管理处罚法修订通过', url: 'https://hezimao.cn/post/708.html' },
    ],
    published: '2025-06-27',
    checked: CHECKED_NOW,
  },
  {
    id: 'cn.psl2025.art50-1-5',
    kind: 'rule',
    jurisdiction: 'CN',
    confidence: 'reported',
    what: [
      '治安管理处罚法（2025）第五十条第一款第（五）项：多次发送侮辱、恐吓等信息或者滋扰、纠缠、跟踪，干扰他人正常生活的，可处拘留或者罚款',
      '治安管理處罰法（2025）第五十條第一款第（五）項：多次發送侮辱、恐嚇等訊息或者滋擾、糾纏、跟蹤，干擾他人正常生活的，可處拘留或者罰款',
      'Public Security Administration Punishments Law (2025), Art. 50(1)(5): repeatedly sending insulting or intimidating messages, or harassing, pestering or stalking, that disturbs someone\u2019s normal life, may be punished by detention or a fine',
    ],
    sources: [
      {
        publisher: '最高人民检察院（转引）',
        title: '中华人民共和国治安管理处罚法（2025年修订）',
        url: 'https://spp.gov.cn/spp/fl/202506/t20250627_699863.shtml',
      },
    ],
    published: '2025-06-27',
    checked: CHECKED_NOW,
    cites: ['第五十条', '第五十條', 'Art. 50', 'Article 50'],
  },
  {
    id: 'cn.psl2025.impersonation',
    kind: 'rule',
    jurisdiction: 'CN',
    confidence: 'reported',
    what: [
      '治安管理处罚法：冒充国家机关工作人员招摇撞骗可受处罚（现行条文号未确认，不引条号）',
      '治安管理處罰法：冒充國家機關工作人員招搖撞騙可受處罰（現行條號未確認，不引條號）',
      'Public Security Administration Punishments Law: impersonating state functionaries to swindle is punishable (current article number unconfirmed; none cited)',
    ],
    sources: [{ publisher: 'digipub.cc', title: '治安管理处罚法修订解读', url: 'https://digipub.cc/dy/article/KI4KJ3PU0530RTB0.html' }],
    published: '2025-06-27',
    checked: CHECKED_NOW,
  },
  {
    id: 'cn.psl2012.art42',
    kind: 'rule',
    jurisdiction: 'CN',
    confidence: 'text',
    what: [
      '治安管理处罚法 2012 年文本第四十二条（2026-01-01 起已被替代，仅作历史）',
      '治安管理處罰法 2012 年文本第四十二條（2026-01-01 起已被替代，僅作歷史）',
      'Public Security Administration Punishments Law, 2012 text, Art. 42 (replaced 2026-01-01; history only)',
    ],
    sources: [
      { publisher: '黑龙江法院网', title: '治安管理处罚法（2012）', url: 'https://jxhl.hljcourt.gov.cn/public/detail.php?id=2182' },
    ],
    published: '2012-10-26',
    checked: CHECKED_NOW,
  },
  {
    id: 'cn.criminal.art293-1',
    kind: 'rule',
    jurisdiction: 'CN',
    confidence: 'text',
    what: [
      '刑法第二百九十三条之一 催收非法债务罪：以暴力、胁迫、限制人身自由、侵入住宅、恐吓、跟踪、骚扰等方式催收高利放贷等产生的非法债务，情节严重的',
      '刑法第二百九十三條之一 催收非法債務罪：以暴力、脅迫、限制人身自由、侵入住宅、恐嚇、跟蹤、騷擾等方式催收高利放貸等產生的非法債務，情節嚴重的',
      'Criminal Law, Art. 293-1: collecting illegal debts (e.g. from usury) by violence, coercion, restraint, entering a home, intimidation, stalking or harassment, where serious',
    ],
    sources: [
      {
        publisher: 'hanspub.org（法学期刊文章全文引用）',
        title: '催收非法债务罪研究',
        url: 'https://hanspub.org/journal/PaperInformation?paperID=76842',
      },
    ],
    published: '2021-03-01',
    checked: CHECKED_NOW,
    cites: ['第二百九十三条之一', '第二百九十三條之一', 'Art. 293-1', 'Article 293-1'],
  },
  {
    id: 'cn.criminal.art279',
    kind: 'rule',
    jurisdiction: 'CN',
    confidence: 'reported',
    what: [
      '刑法第二百七十九条 招摇撞骗罪：冒充国家机关工作人员招摇撞骗；冒充人民警察的从重处罚',
      '刑法第二百七十九條 招搖撞騙罪：冒充國家機關工作人員招搖撞騙；冒充人民警察的從重處罰',
      'Criminal Law, Art. 279: impersonating state functionaries to swindle; heavier punishment for impersonating the police',
    ],
    sources: [{ publisher: '法律资料网站', title: '刑法 第二百七十九条', url: 'https://tiebaswan.baidu.com/p/3705672801' }],
    published: 'unknown',
    checked: CHECKED_NOW,
    cites: ['第二百七十九条', '第二百七十九條', 'Art. 279', 'Article 279'],
  },
  {
    id: 'cn.criminal.art253-1',
    kind: 'rule',
    jurisdiction: 'CN',
    confidence: 'reported',
    what: [
      '刑法第二百五十三条之一 侵犯公民个人信息罪（情节严重的；是否达到由司法机关判断）',
      '刑法第二百五十三條之一 侵犯公民個人信息罪（情節嚴重的；是否達到由司法機關判斷）',
      'Criminal Law, Art. 253-1: infringing citizens\u2019 personal information, where serious (for the authorities to judge)',
    ],
    sources: [{ publisher: 'kuaihz.com', title: '侵犯公民个人信息罪', url: 'https://kuaihz.com/tid7/tid143_1816621.html' }],
    published: 'unknown',
    checked: CHECKED_NOW,
    cites: ['第二百五十三条之一', '第二百五十三條之一', 'Art. 253-1', 'Article 253-1'],
  },
  {
    id: 'cn.credit.art25',
    kind: 'deadline',
    jurisdiction: 'CN',
    confidence: 'text',
    what: [
      '征信业管理条例第二十五条：异议自收到之日起 20 日内核查处理并书面答复',
      '徵信業管理條例第二十五條：異議自收到之日起 20 日內核查處理並書面答覆',
      'Credit Reporting Regulation, Art. 25: an objection is checked and answered in writing within 20 days of receipt',
    ],
    sources: [
      { publisher: 'm.shoulawyer.com（条文）', title: '征信业管理条例 第二十五条', url: 'https://m.shoulawyer.com/zhishi/286830.htm' },
    ],
    published: '2013-03-15',
    checked: CHECKED_NOW,
    cites: ['第二十五条', '第二十五條', 'Art. 25', 'Article 25'],
  },
  {
    id: 'cn.credit.art26',
    kind: 'deadline',
    jurisdiction: 'CN',
    confidence: 'text',
    what: [
      '征信业管理条例第二十六条：可向人民银行派出机构投诉，30 日内书面答复',
      '徵信業管理條例第二十六條：可向人民銀行派出機構投訴，30 日內書面答覆',
      'Credit Reporting Regulation, Art. 26: complaint to the PBOC branch; written answer within 30 days',
    ],
    sources: [
      {
        publisher: 'jianpian.cn（征信投诉办理规程转载）',
        title: '征信业管理条例 第二十六条；征信投诉办理规程',
        url: 'https://jianpian.cn/a/150xuq9a',
      },
    ],
    published: '2013-03-15',
    checked: CHECKED_NOW,
    cites: ['第二十六条', '第二十六條', 'Art. 26', 'Article 26'],
  },
];
