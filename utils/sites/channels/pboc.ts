import type { Channel } from '../types';

export const pboc: Channel = {
  id: 'pboc',
  name: { 'zh-CN': '中国人民银行（12363 / 征信）', 'zh-TW': '中國人民銀行（12363 / 徵信）', en: "People's Bank of China (12363 / credit reports)" },
  kind: 'regulator',
  matches: ['*://*.pbc.gov.cn/*'],
  source: { title: 'shared/knowledge/complaint-channels.md', confidence: 'reported', verifiedOn: '2026-11-22' },
};
