import type { Channel } from '../types';

export const twfoi: Channel = {
  id: 'twfoi',
  name: { 'zh-CN': '金融消费评议中心（台湾）', 'zh-TW': '金融消費評議中心（台灣）', en: 'Financial Ombudsman Institution (Taiwan)' },
  kind: 'mediation',
  matches: ['*://*.foi.org.tw/*'],
  source: { title: 'shared/knowledge/complaint-channels.md', confidence: 'reported', verifiedOn: '2026-11-22' },
};
