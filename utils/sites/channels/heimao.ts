import type { Channel } from '../types';

export const heimao: Channel = {
  id: 'heimao',
  name: { 'zh-CN': '黑猫投诉', 'zh-TW': '黑貓投訴', en: 'Heimao Tousu (Sina complaints)' },
  kind: 'public-platform',
  matches: ['*://tousu.sina.com.cn/*'],
  source: { title: 'shared/knowledge/complaint-channels.md', confidence: 'reported', verifiedOn: '2026-11-22' },
};
