import type { Channel } from '../types';

export const nfra: Channel = {
  id: 'nfra',
  name: { 'zh-CN': '国家金融监督管理总局（12378）', 'zh-TW': '國家金融監督管理總局（12378）', en: 'National Financial Regulatory Administration (12378)' },
  kind: 'regulator',
  matches: ['*://*.nfra.gov.cn/*', '*://*.cbirc.gov.cn/*'],
  source: { title: 'shared/knowledge/complaint-channels.md', confidence: 'reported', verifiedOn: '2026-11-22' },
};
