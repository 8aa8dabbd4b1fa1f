import { SIMPLIFIED_HINTS } from '../hints';
import type { Channel, ChannelDetect } from '../types';

export const heimaoDetect: ChannelDetect = {
  id: 'heimao',
  matches: ['https://tousu.sina.com.cn/*'],
  formKeywords: ['投诉', '发起投诉'],
  // Field names seen on published complaints: 投诉对象, 投诉问题, 投诉要求, 涉诉金额.
  fields: SIMPLIFIED_HINTS,
};

export const heimao: Channel = {
  id: 'heimao',
  detect: heimaoDetect,
  name: { 'zh-CN': '黑猫投诉', 'zh-TW': '黑貓投訴', en: 'Heimao Tousu (Sina complaints)' },
  jurisdiction: 'CN',
  kind: 'public-platform',
  defaultLocale: 'zh-CN',
  handles: {
    'zh-CN': '公开投诉平台，借助公众关注施压；不属于监管渠道。',
    'zh-TW': '公開投訴平台，藉助公眾關注施壓；不屬於監管管道。',
    en: 'A public complaint platform: public pressure, not a regulatory channel.',
  },
  prerequisites: [
    {
      id: 'login',
      text: {
        'zh-CN': '投诉内容会公开。是否需要微博账号登录未确认。',
        'zh-TW': '投訴內容會公開。是否需要微博帳號登入未確認。',
        en: 'The complaint is public. Whether a Weibo login is needed is unconfirmed.',
      },
      factIds: ['cn.channel.heimao'],
      confidence: 'reported',
    },
  ],
  expectsLenderRef: false,
  deadlines: [],
  hotlines: [],
  testUrls: ['https://tousu.sina.com.cn/complaint/add/'],
  fixture: 'heimao-complaint.html',
  factIds: ['cn.channel.heimao'],
  source: { title: 'shared/knowledge/complaint-channels.md', confidence: 'reported', verifiedOn: '2026-11-22' },
};
