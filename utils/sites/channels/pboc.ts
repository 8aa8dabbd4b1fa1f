import { SIMPLIFIED_HINTS } from '../hints';
import type { Channel, ChannelDetect } from '../types';

export const pbocDetect: ChannelDetect = {
  id: 'pboc',
  matches: ['https://*.pbc.gov.cn/*'],
  formKeywords: ['投诉', '异议', '征信'],
  fields: SIMPLIFIED_HINTS,
};

export const pboc: Channel = {
  id: 'pboc',
  detect: pbocDetect,
  name: {
    'zh-CN': '中国人民银行（12363 / 征信）',
    'zh-TW': '中國人民銀行（12363 / 徵信）',
    en: "People's Bank of China (12363 / credit reports)",
  },
  jurisdiction: 'CN',
  kind: 'regulator',
  defaultLocale: 'zh-CN',
  handles: {
    'zh-CN': '支付、征信（信用报告错误或遗漏）、人民币、外汇。',
    'zh-TW': '支付、徵信（信用報告錯誤或遺漏）、人民幣、外匯。',
    en: 'Payments, credit reports (wrong or missing data), the currency and foreign exchange.',
  },
  prerequisites: [
    {
      id: 'lender-first',
      text: {
        'zh-CN': '原则上先向机构投诉；征信错误可先向征信机构或数据提供者提出异议。',
        'zh-TW': '原則上先向機構投訴；徵信錯誤可先向徵信機構或資料提供者提出異議。',
        en: 'In principle complain to the institution first; for wrong credit data, object to the credit bureau or the data provider first.',
      },
      factIds: ['cn.hotline.12363', 'cn.credit.art25'],
      confidence: 'reported',
    },
    {
      id: 'signed-form',
      text: {
        'zh-CN':
          '征信投诉须书面提出：现场提交或信函邮寄《征信投诉申请单》、事实和证据、身份证复印件，向被投诉人所在地的人民银行分支机构提出；不是电话或网上投诉。',
        'zh-TW':
          '徵信投訴須書面提出：現場提交或信函郵寄《徵信投訴申請單》、事實和證據、身分證影本，向被投訴人所在地的人民銀行分支機構提出；不是電話或網上投訴。',
        en: 'A credit-report complaint must be in writing: in person or by post, with the complaint form, facts and evidence and an ID copy, to the PBOC branch where the respondent is located; not by phone or online.',
      },
      factIds: ['cn.channel.pboc-written'],
      confidence: 'reported',
    },
  ],
  expectsLenderRef: true,
  deadlines: [
    {
      id: 'objection',
      kind: 'answer',
      days: 20,
      unit: 'calendar',
      what: {
        'zh-CN': '征信异议：核查并书面答复（征信业管理条例第二十五条）',
        'zh-TW': '徵信異議：核查並書面答覆（徵信業管理條例第二十五條）',
        en: 'credit-data objection: check and written answer (Credit Reporting Regulation, Art. 25)',
      },
      from: {
        'zh-CN': '自征信机构或数据提供者收到异议之日',
        'zh-TW': '自徵信機構或資料提供者收到異議之日',
        en: 'from receipt of the objection by the credit bureau or data provider',
      },
      confidence: 'text',
      factId: 'cn.credit.art25',
    },
    {
      id: 'accept',
      kind: 'acceptance',
      days: 10,
      unit: 'working',
      what: {
        'zh-CN': '征信投诉：决定是否受理',
        'zh-TW': '徵信投訴：決定是否受理',
        en: 'credit-report complaint: decision whether to accept',
      },
      from: {
        'zh-CN': '自人民银行分支机构收到完整材料之日',
        'zh-TW': '自人民銀行分支機構收到完整材料之日',
        en: 'from receipt of complete materials by the PBOC branch',
      },
      confidence: 'reported',
      factId: 'cn.deadline.pboc-accept',
    },
    {
      id: 'answer',
      kind: 'answer',
      days: 30,
      unit: 'calendar',
      after: 'accept',
      what: {
        'zh-CN': '征信投诉：书面答复（第二十六条；自受理起算据规程报道）',
        'zh-TW': '徵信投訴：書面答覆（第二十六條；自受理起算據規程報導）',
        en: 'credit-report complaint: written answer (Art. 26; counted from acceptance, as reported)',
      },
      from: {
        'zh-CN': '自受理之日（这里按最晚受理日计算）',
        'zh-TW': '自受理之日（這裡按最晚受理日計算）',
        en: 'from acceptance (computed here from the latest acceptance day)',
      },
      confidence: 'reported',
      factId: 'cn.deadline.pboc-answer',
    },
  ],
  answerDeadlineId: 'answer',
  hotlines: [{ number: '12363', confidence: 'reported', factId: 'cn.hotline.12363' }],
  testUrls: ['https://www.pbc.gov.cn/complaint/index.html'],
  fixture: 'pboc-complaint.html',
  factIds: ['cn.hotline.12363', 'cn.channel.pboc-written', 'cn.credit.art25', 'cn.deadline.pboc-accept', 'cn.deadline.pboc-answer'],
  source: {
    title: 'shared/knowledge/complaint-channels.md',
    confidence: 'text',
    verifiedOn: '2026-12-01',
    law: '征信业管理条例 第二十五、二十六条；征信投诉办理规程（2024）',
  },
};
