import type { Channel } from '../types';

export const report12321: Channel = {
  id: 'report12321',
  name: { 'zh-CN': '12321网络不良与垃圾信息举报受理中心', 'zh-TW': '12321網絡不良與垃圾信息舉報受理中心', en: '12321 spam and harassment reporting centre' },
  kind: 'regulator',
  matches: ['*://*.12321.cn/*'],
  source: { title: 'shared/knowledge/complaint-channels.md', confidence: 'reported', verifiedOn: '2026-11-22' },
};
