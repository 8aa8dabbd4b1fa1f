import { SIMPLIFIED_HINTS } from '../hints';
import type { Channel, ChannelDetect } from '../types';

export const samr12315Detect: ChannelDetect = {
  id: 'samr12315',
  matches: ['https://*.12315.cn/*'],
  formKeywords: ['投诉', '举报'],
  fields: SIMPLIFIED_HINTS,
};

export const samr12315: Channel = {
  id: 'samr12315',
  detect: samr12315Detect,
  name: { 'zh-CN': '全国12315平台', 'zh-TW': '全國12315平台', en: 'National 12315 consumer platform' },
  jurisdiction: 'CN',
  kind: 'regulator',
  defaultLocale: 'zh-CN',
  handles: {
    'zh-CN': '消费者与经营者之间的消费纠纷。持牌贷款机构的投诉可能被转到其他部门。',
    'zh-TW': '消費者與經營者之間的消費糾紛。持牌貸款機構的投訴可能被轉到其他部門。',
    en: 'Consumer disputes with businesses. Complaints about licensed lenders may be sent elsewhere.',
  },
  prerequisites: [
    {
      id: 'address',
      text: {
        'zh-CN': '表单需要投诉人姓名、电话、地址，被投诉人名称和地址，诉求和事实。',
        'zh-TW': '表單需要投訴人姓名、電話、地址，被投訴人名稱和地址，訴求和事實。',
        en: "The form needs your name, phone and address, the business's name and address, your demand and the facts.",
      },
      factIds: ['cn.channel.12315'],
      confidence: 'text',
    },
  ],
  expectsLenderRef: false,
  deadlines: [
    {
      id: 'accept',
      kind: 'acceptance',
      days: 7,
      unit: 'working',
      what: { 'zh-CN': '决定是否受理（不是答复）', 'zh-TW': '決定是否受理（不是答覆）', en: 'decision whether to accept (not an answer)' },
      from: { 'zh-CN': '自收到投诉之日', 'zh-TW': '自收到投訴之日', en: 'from receipt of the complaint' },
      confidence: 'text',
      factId: 'cn.deadline.samr-accept',
    },
    {
      id: 'mediation',
      kind: 'mediation-end',
      days: 45,
      unit: 'working',
      after: 'accept',
      what: {
        'zh-CN': '未达成调解协议的，终止调解',
        'zh-TW': '未達成調解協議的，終止調解',
        en: 'mediation ends if no agreement is reached',
      },
      from: {
        'zh-CN': '自受理之日（这里按最晚受理日计算）',
        'zh-TW': '自受理之日（這裡按最晚受理日計算）',
        en: 'from acceptance (computed here from the latest acceptance day)',
      },
      confidence: 'text',
      factId: 'cn.deadline.samr-mediation',
    },
  ],
  hotlines: [],
  testUrls: ['https://www.12315.cn/cuser/portal/tsjb'],
  fixture: 'samr12315-complaint.html',
  factIds: ['cn.channel.12315', 'cn.deadline.samr-accept', 'cn.deadline.samr-mediation'],
  source: {
    title: 'shared/knowledge/complaint-channels.md',
    confidence: 'text',
    verifiedOn: '2026-12-01',
    law: '市场监督管理投诉举报处理暂行办法 第九、十四、十五、二十一条',
  },
};
