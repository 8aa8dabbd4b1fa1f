import type { Channel } from '../types';

export const samr12315: Channel = {
  id: 'samr12315',
  name: { 'zh-CN': '全国12315平台', 'zh-TW': '全國12315平台', en: 'National 12315 consumer platform' },
  kind: 'regulator',
  matches: ['*://*.12315.cn/*'],
  source: { title: 'shared/knowledge/complaint-channels.md', confidence: 'reported', verifiedOn: '2026-11-22' },
};
