import type { Channel } from '../types';

export const hkma: Channel = {
  id: 'hkma',
  name: { 'zh-CN': '香港金融管理局银行投诉', 'zh-TW': '香港金融管理局銀行投訴', en: 'HKMA bank complaints (Hong Kong)' },
  kind: 'regulator',
  matches: ['*://bankcomplaint.hkma.gov.hk/*'],
  source: { title: 'shared/knowledge/complaint-channels.md', confidence: 'reported', verifiedOn: '2026-11-22' },
};
