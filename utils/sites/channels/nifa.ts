import { SIMPLIFIED_HINTS } from '../hints';
import type { Channel, ChannelDetect } from '../types';

export const nifaDetect: ChannelDetect = {
  id: 'nifa',
  matches: ['https://jubao.nifa.org.cn/*'],
  formKeywords: ['举报'],
  fields: SIMPLIFIED_HINTS,
};

export const nifa: Channel = {
  id: 'nifa',
  detect: nifaDetect,
  name: { 'zh-CN': '中国互联网金融协会举报', 'zh-TW': '中國互聯網金融協會舉報', en: 'National Internet Finance Association tip-offs' },
  jurisdiction: 'CN',
  kind: 'industry-body',
  defaultLocale: 'zh-CN',
  handles: {
    'zh-CN': '对会员机构的举报；需要说明违反了哪些规定。',
    'zh-TW': '對會員機構的舉報；需要說明違反了哪些規定。',
    en: 'Tip-offs about member institutions; asks which rules the conduct breaks.',
  },
  prerequisites: [
    {
      id: 'real-name',
      text: {
        'zh-CN': '实名举报，每人每天只能提交少量举报。',
        'zh-TW': '實名舉報，每人每天只能提交少量舉報。',
        en: 'Real-name reports only, and only a few a day per person.',
      },
      confidence: 'reported',
    },
  ],
  expectsLenderRef: false,
  deadlines: [],
  hotlines: [],
  testUrls: ['https://jubao.nifa.org.cn/report/add'],
  fixture: 'nifa-complaint.html',
  source: { title: 'shared/knowledge/complaint-channels.md', confidence: 'reported', verifiedOn: '2026-11-22' },
};
