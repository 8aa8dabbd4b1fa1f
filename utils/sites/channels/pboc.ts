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
  name: { 'zh-CN': '中国人民银行（12363 / 征信）', 'zh-TW': '中國人民銀行（12363 / 徵信）', en: "People's Bank of China (12363 / credit reports)" },
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
      confidence: 'reported',
    },
  ],
  expectsLenderRef: true,
  deadlines: [
    {
      id: 'objection',
      days: 20,
      unit: 'calendar',
      what: {
        'zh-CN': '征信异议书面答复（征信业管理条例第二十五条）',
        'zh-TW': '徵信異議書面答覆（徵信業管理條例第二十五條）',
        en: 'written answer to a credit-data objection (征信业管理条例 第二十五条)',
      },
      confidence: 'text',
    },
    {
      id: 'answer',
      days: 30,
      unit: 'calendar',
      what: {
        'zh-CN': '人民银行分支机构书面答复投诉（第二十六条）',
        'zh-TW': '人民銀行分支機構書面答覆投訴（第二十六條）',
        en: 'written answer from the PBOC branch (第二十六条)',
      },
      confidence: 'text',
    },
  ],
  answerDeadlineId: 'answer',
  hotlines: [{ number: '12363', confidence: 'reported' }],
  testUrls: ['https://www.pbc.gov.cn/complaint/index.html'],
  fixture: 'pboc-complaint.html',
  source: { title: 'shared/knowledge/complaint-channels.md', confidence: 'text', verifiedOn: '2026-11-22', law: '征信业管理条例 第二十五、二十六条' },
};
