import { CHECKED_NOW, type Fact } from './types';

// [HK] Hong Kong. Sources: collection-rules.md, complaint-channels.md, true-cost.md.

const HKMA_341 = {
  publisher: 'Hong Kong Monetary Authority',
  title: 'Guideline 3.4.1 Debt Collection Agencies (May 1996)',
  url: 'https://hkma.gov.hk/eng/regulatory-resources/regulatory-guides/guidelines/1996/05/guide_341b',
};
const MLO = [
  {
    publisher: 'Financial Services and the Treasury Bureau (dotdotnews repost)',
    title: 'Lowering of statutory limits of effective interest rates',
    url: 'https://english.dotdotnews.com/a/202212/29/AP63ad0c08e4b0adad9d74bedf.html',
  },
  {
    publisher: 'Deacons',
    title: 'Implementation arrangements for the lowering of statutory limits',
    url: 'https://deacons.com/2023/01/04/implementation-arrangements-for-the-lowering-of-statutory-limits-of-effective-rates-of-interests-under-the-money-lenders-ordinance/',
  },
];

export const HK_FACTS: readonly Fact[] = [
  {
    id: 'hk.hkma341.intimidation',
    kind: 'rule',
    jurisdiction: 'HK',
    confidence: 'text',
    what: [
      '金管局指引 3.4.1（银行）：收数公司不得对任何人进行言语或身体上的恐吓或暴力，包括张贴海报、在住所墙上写字等公开羞辱债务人的行为',
      '金管局指引 3.4.1（銀行）：收數公司不得對任何人進行言語或身體上的恐嚇或暴力，包括張貼海報、在住所牆上寫字等公開羞辱債務人的行為',
      'HKMA Guideline 3.4.1 (banks): agencies must not resort to verbal or physical intimidation or violence against any person, including publicly embarrassing debtors with posters or writing on their walls',
    ],
    sources: [HKMA_341],
    published: '1996-05',
    checked: CHECKED_NOW,
    cites: ['3.4.1'],
  },
  {
    id: 'hk.hkma341.third-party',
    kind: 'rule',
    jurisdiction: 'HK',
    confidence: 'text',
    what: [
      '金管局指引 3.4.1（银行）：银行及其收数公司不得向未正式签约担保债务的第三者（包括介绍人、家人或朋友）追讨债务',
      '金管局指引 3.4.1（銀行）：銀行及其收數公司不得向未正式簽約擔保債務的第三者（包括介紹人、家人或朋友）追討債務',
      'HKMA Guideline 3.4.1 (banks): banks and their agencies must not try to recover debts from third parties (referees, family, friends) who did not formally guarantee the debt',
    ],
    sources: [HKMA_341],
    published: '1996-05',
    checked: CHECKED_NOW,
    cites: ['3.4.1'],
  },
  {
    id: 'hk.cobp.collection',
    kind: 'rule',
    jurisdiction: 'HK',
    confidence: 'reported',
    what: [
      '《银行营运守则》43.2–43.3：不得持续致电，不得在不合理时间致电，不得骚扰介绍人或家人，不得向未担保的第三者追讨（金管局监察遵守情况）',
      '《銀行營運守則》43.2–43.3：不得持續致電，不得在不合理時間致電，不得騷擾介紹人或家人，不得向未擔保的第三者追討（金管局監察遵守情況）',
      'Code of Banking Practice 43.2–43.3: no persistent calls, no calls at unreasonable hours, no pestering referees or family, no recovery from third parties who did not guarantee (HKMA monitors compliance)',
    ],
    sources: [
      { publisher: 'angel-lawyer.com', title: 'Code of Banking Practice 43.2–43.3', url: 'https://angel-lawyer.com/newsview.asp?id=118' },
      {
        publisher: 'Law Reform Commission of Hong Kong',
        title: 'Report (2002)',
        url: 'https://hklii.org/hk/other/hklrc/reports/2002/07/6.html',
      },
    ],
    published: 'unknown',
    checked: CHECKED_NOW,
    cites: ['43.2', '43.3'],
  },
  {
    id: 'hk.police.illegal-collection',
    kind: 'rule',
    jurisdiction: 'HK',
    confidence: 'reported',
    what: [
      '香港警方：大部分非法收数行为（如淋红油、封锁匙孔）涉及刑事罪行，请报警',
      '香港警方：大部分非法收數行為（如淋紅油、封鎖匙孔）涉及刑事罪行，請報警',
      'Hong Kong Police: most illegal debt-collection acts (e.g. splashing paint, gluing keyholes) are criminal offences; call the police',
    ],
    sources: [
      {
        publisher: 'Hong Kong Police Force',
        title: 'Crime prevention: illegal debt collection',
        url: 'https://police.gov.hk/ppp_en/04_crime_matters/cpa/cpa_pida.html',
      },
    ],
    published: 'unknown',
    checked: CHECKED_NOW,
  },
  {
    id: 'hk.line.mlo48',
    kind: 'rate-line',
    jurisdiction: 'HK',
    confidence: 'reported',
    what: [
      '《放债人条例》第24条：实际年利率超过 48% 即属违法，协议不可强制执行（2022-12-30 起订立的协议；之前为 60%）',
      '《放債人條例》第24條：實際年利率超過 48% 即屬違法，協議不可強制執行（2022-12-30 起訂立的協議；之前為 60%）',
      'Money Lenders Ordinance s.24: an effective rate above 48 % a year is an offence and the agreement unenforceable (agreements from 2022-12-30; was 60 %)',
    ],
    sources: MLO,
    published: '2022-12-29',
    checked: CHECKED_NOW,
    cites: ['s.24', '第24条', '第24條'],
  },
  {
    id: 'hk.line.mlo36',
    kind: 'rate-line',
    jurisdiction: 'HK',
    confidence: 'reported',
    what: [
      '《放债人条例》第25条：实际年利率超过 36% 推定为敲诈性，法院可重开交易（2022-12-30 起订立的协议；之前为 48%）',
      '《放債人條例》第25條：實際年利率超過 36% 推定為敲詐性，法院可重開交易（2022-12-30 起訂立的協議；之前為 48%）',
      'Money Lenders Ordinance s.25: above 36 % a year a loan is presumed extortionate and the court may reopen it (agreements from 2022-12-30; was 48 %)',
    ],
    sources: MLO,
    published: '2022-12-29',
    checked: CHECKED_NOW,
    cites: ['s.25', '第25条', '第25條'],
  },
  {
    id: 'hk.channel.hkma',
    kind: 'hotline',
    jurisdiction: 'HK',
    confidence: 'text',
    what: [
      '金管局银行投诉：一般先向银行投诉；金管局不会裁决纠纷或命令赔偿；对收数公司的投诉可直接提出；查询电话 (852) 2878 1378',
      '金管局銀行投訴：一般先向銀行投訴；金管局不會裁決糾紛或命令賠償；對收數公司的投訴可直接提出；查詢電話 (852) 2878 1378',
      'HKMA bank complaints: complain to the bank first as a rule; the HKMA does not adjudicate disputes or order compensation; complaints about collection agents may go straight to it; enquiries (852) 2878 1378',
    ],
    sources: [
      {
        publisher: 'Hong Kong Monetary Authority',
        title: 'Complaints about banks',
        url: 'https://hkma.gov.hk/eng/smart-consumers/complaints/complaints-about-banks/',
      },
    ],
    published: 'unknown',
    checked: CHECKED_NOW,
    cites: ['(852) 2878 1378'],
  },
  {
    id: 'hk.deadline.fdrc-60',
    kind: 'deadline',
    jurisdiction: 'HK',
    confidence: 'reported',
    what: [
      '向银行书面投诉后 60 日内未获最终书面答复，可向金融纠纷调解中心申请',
      '向銀行書面投訴後 60 日內未獲最終書面答覆，可向金融糾紛調解中心申請',
      'After 60 days without a final written reply from the bank, you may go to the FDRC',
    ],
    sources: [{ publisher: '東方日報', title: '金融糾紛調解', url: 'https://orientaldaily.on.cc/cnt/finance/20120924/00269_004.html' }],
    published: '2012-09-24',
    checked: CHECKED_NOW,
  },
  {
    id: 'hk.hotline.999',
    kind: 'hotline',
    jurisdiction: 'HK',
    confidence: 'text',
    what: [
      '香港紧急求助 999；非紧急情况可到任何警署报案',
      '香港緊急求助 999；非緊急情況可到任何警署報案',
      'Hong Kong emergencies 999; non-emergency reports at any police station',
    ],
    sources: [{ publisher: 'Hong Kong Police Force', title: 'Performance pledge', url: 'https://police.gov.hk/info/doc/pledge/2017/' }],
    published: '2017',
    checked: CHECKED_NOW,
    cites: ['999'],
  },
];
