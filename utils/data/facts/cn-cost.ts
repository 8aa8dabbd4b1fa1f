import { CHECKED_NOW, type Fact } from './types';

// [CN] rate lines. Source: shared/knowledge/true-cost.md.

export const CN_COST: readonly Fact[] = [
  {
    id: 'cn.line.lpr4',
    kind: 'rate-line',
    jurisdiction: 'CN',
    confidence: 'text',
    what: [
      '民间借贷：超过合同成立时一年期 LPR 四倍的利息，法院不予支持（第二十五条）；逾期利息、违约金等合计同样封顶（第二十九条）；不适用于持牌金融机构和七类地方金融组织',
      '民間借貸：超過合同成立時一年期 LPR 四倍的利息，法院不予支持（第二十五條）；逾期利息、違約金等合計同樣封頂（第二十九條）；不適用於持牌金融機構和七類地方金融組織',
      'Private lending: courts do not support interest above 4 × the one-year LPR at the contract date (Art. 25); overdue interest, penalties and fees together share the cap (Art. 29); not for licensed financial institutions or the seven kinds of local financial organisations',
    ],
    sources: [
      {
        publisher: '最高人民法院（wwpfw.com 转载）',
        title: '关于审理民间借贷案件适用法律若干问题的规定（2020）第二十五条',
        url: 'https://wwpfw.com/gongjijindaikuan/99877.html',
      },
      { publisher: '最高人民法院（uianet.net 转载）', title: '同上 第二十九条', url: 'https://uianet.net/dictionary/b7513030.html' },
    ],
    published: '2020-12-29',
    checked: CHECKED_NOW,
    cites: ['第二十五条', '第二十五條', '第二十九条', '第二十九條', 'Art. 25', 'Art. 29'],
  },
  {
    id: 'cn.line.24-zhudai',
    kind: 'rate-line',
    jurisdiction: 'CN',
    confidence: 'reported',
    what: [
      '商业银行互联网助贷业务（2025-10-01 起）：年化综合融资成本不超过 24%，增信费计入',
      '商業銀行互聯網助貸業務（2025-10-01 起）：年化綜合融資成本不超過 24%，增信費計入',
      'Banks\u2019 internet platform (助贷) loans from 2025-10-01: annualised comprehensive cost within 24 %, guarantee fees included',
    ],
    sources: [{ publisher: '第一财经（reportify.cn 转载）', title: '助贷新规 综合融资成本 24%', url: 'https://reportify.cn/' }],
    published: '2025-10-30',
    checked: CHECKED_NOW,
  },
  {
    id: 'cn.line.24-microlender',
    kind: 'rate-line',
    jurisdiction: 'CN',
    confidence: 'reported',
    what: [
      '《小额贷款公司综合融资成本管理工作指引》（2025-12-24）：新发放贷款综合融资成本不得超过 24%，2027 年底前降至一年期 LPR 四倍以内',
      '《小額貸款公司綜合融資成本管理工作指引》（2025-12-24）：新發放貸款綜合融資成本不得超過 24%，2027 年底前降至一年期 LPR 四倍以內',
      'Microlender comprehensive financing cost guideline (2025-12-24): no new loans above 24 %; within 4 × one-year LPR by end-2027',
    ],
    sources: [
      {
        publisher: '国际金融报（daqihao.com 转载）',
        title: '小额贷款公司综合融资成本管理工作指引',
        url: 'https://daqihao.com/articles/caijing/202512/9468.html',
      },
    ],
    published: '2025-12-24',
    checked: CHECKED_NOW,
  },
  {
    id: 'cn.line.36-criminal',
    kind: 'rate-line',
    jurisdiction: 'CN',
    confidence: 'reported',
    what: [
      '两高两部《关于办理非法放贷刑事案件若干问题的意见》（2019-10-21 施行）：非法放贷实际年利率超过 36% 为“情节严重”的情形之一；不是对持牌机构的定价上限，也不是民事界线',
      '兩高兩部《關於辦理非法放貸刑事案件若干問題的意見》（2019-10-21 施行）：非法放貸實際年利率超過 36% 為「情節嚴重」的情形之一；不是對持牌機構的定價上限，也不是民事界線',
      'Opinion on criminal cases of illegal lending (in force 2019-10-21): unlicensed lending at an actual annual rate above 36 % is one mark of a serious case; not a cap on licensed lenders and not a civil-law line',
    ],
    sources: [
      {
        publisher: '民主与法制',
        title: '关于办理非法放贷刑事案件若干问题的意见',
        url: 'https://e.mzyfz.org.cn/paper/1341/paper_33324_7687.html',
      },
    ],
    published: '2019-10-21',
    checked: CHECKED_NOW,
  },
];
