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
    'zh-CN':
      '对任何互联网金融从业机构的举报（不限会员）。举报不同于投诉：线索转交主管部门，不处理个人诉求。中国互联网金融协会是行业协会，不是监管机构。',
    'zh-TW':
      '對任何互聯網金融從業機構的舉報（不限會員）。舉報不同於投訴：線索轉交主管部門，不處理個人訴求。中國互聯網金融協會是行業協會，不是監管機構。',
    en: 'Tip-offs about any internet-finance provider, members or not. A report is not a complaint: clues go to the competent authorities, with no individual redress. NIFA is an industry association, not a regulator.',
  },
  prerequisites: [
    {
      id: 'real-name',
      text: {
        'zh-CN': '实名举报，每人每天只能提交少量举报。',
        'zh-TW': '實名舉報，每人每天只能提交少量舉報。',
        en: 'Real-name reports only, and only a few a day per person.',
      },
      factIds: ['cn.channel.nifa'],
      confidence: 'reported',
    },
  ],
  expectsLenderRef: false,
  deadlines: [],
  hotlines: [],
  testUrls: ['https://jubao.nifa.org.cn/report/add'],
  fixture: 'nifa-complaint.html',
  factIds: ['cn.channel.nifa'],
  source: { title: 'shared/knowledge/complaint-channels.md', confidence: 'reported', verifiedOn: '2026-11-22' },
};
