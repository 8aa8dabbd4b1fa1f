import type { Channel } from '../types';

export const nifa: Channel = {
  id: 'nifa',
  name: { 'zh-CN': '中国互联网金融协会举报', 'zh-TW': '中國互聯網金融協會舉報', en: 'National Internet Finance Association tip-offs' },
  kind: 'industry-body',
  matches: ['*://jubao.nifa.org.cn/*'],
  source: { title: 'shared/knowledge/complaint-channels.md', confidence: 'reported', verifiedOn: '2026-11-22' },
};
