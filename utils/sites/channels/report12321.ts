import { SIMPLIFIED_HINTS } from '../hints';
import type { Channel, ChannelDetect } from '../types';

export const report12321Detect: ChannelDetect = {
  id: 'report12321',
  matches: ['https://*.12321.cn/*'],
  formKeywords: ['举报', '骚扰', '垃圾信息'],
  fields: SIMPLIFIED_HINTS,
};

export const report12321: Channel = {
  id: 'report12321',
  detect: report12321Detect,
  name: {
    'zh-CN': '12321网络不良与垃圾信息举报受理中心',
    'zh-TW': '12321網路不良與垃圾資訊舉報受理中心',
    en: '12321 spam and harassment reporting centre',
  },
  jurisdiction: 'CN',
  // Run by the Internet Society of China (中国互联网协会): a reporting centre, not a regulator.
  kind: 'industry-body',
  defaultLocale: 'zh-CN',
  handles: {
    'zh-CN': '骚扰电话和短信、垃圾信息、诈骗电话、个人信息泄露。由中国互联网协会受工信部委托设立，是举报中心，不是监管机构。',
    'zh-TW': '騷擾電話和簡訊、垃圾資訊、詐騙電話、個人資料外洩。由中國互聯網協會受工信部委託設立，是舉報中心，不是監管機構。',
    en: 'Harassing calls and SMS, spam, fraud calls and leaks of personal information. Set up by the Internet Society of China under a commission from MIIT: a reporting centre, not a regulator.',
  },
  prerequisites: [
    {
      id: 'original-sms',
      text: {
        'zh-CN': '举报短信时不要改动原短信内容。',
        'zh-TW': '舉報簡訊時不要改動原簡訊內容。',
        en: 'When reporting an SMS, do not edit its original text.',
      },
      factIds: ['cn.channel.12321'],
      confidence: 'reported',
    },
  ],
  expectsLenderRef: false,
  deadlines: [],
  hotlines: [{ number: '010-12321', confidence: 'reported', factId: 'cn.channel.12321' }],
  testUrls: ['https://www.12321.cn/report'],
  fixture: 'report12321-complaint.html',
  factIds: ['cn.channel.12321'],
  source: { title: 'shared/knowledge/complaint-channels.md', confidence: 'reported', verifiedOn: '2026-11-22' },
};
