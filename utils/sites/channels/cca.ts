import type { Channel } from '../types';

export const cca: Channel = {
  id: 'cca',
  name: { 'zh-CN': '中国消费者协会', 'zh-TW': '中國消費者協會', en: 'China Consumers Association' },
  kind: 'industry-body',
  matches: ['*://*.cca.org.cn/*'],
  source: { title: 'shared/knowledge/complaint-channels.md', confidence: 'reported', verifiedOn: '2026-11-22' },
};
