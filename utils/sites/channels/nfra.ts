import { SIMPLIFIED_HINTS } from '../hints';
import type { Channel, ChannelDetect } from '../types';

export const nfraDetect: ChannelDetect = {
  id: 'nfra',
  // The old CBIRC host still serves pages; both belong to the regulator.
  matches: ['https://*.nfra.gov.cn/*', 'https://*.cbirc.gov.cn/*'],
  formKeywords: ['投诉', '消费者权益'],
  fields: SIMPLIFIED_HINTS,
};

export const nfra: Channel = {
  id: 'nfra',
  detect: nfraDetect,
  name: {
    'zh-CN': '国家金融监督管理总局（12378）',
    'zh-TW': '國家金融監督管理總局（12378）',
    en: 'National Financial Regulatory Administration (12378)',
  },
  jurisdiction: 'CN',
  kind: 'regulator',
  defaultLocale: 'zh-CN',
  handles: {
    'zh-CN':
      '银行、保险、消费金融公司；包括催收不当、征信争议、收费不透明、利率过高。小额贷款公司和融资担保公司由省级地方金融管理局监管，不归这里。',
    'zh-TW':
      '銀行、保險、消費金融公司；包括催收不當、徵信爭議、收費不透明、利率過高。小額貸款公司和融資擔保公司由省級地方金融管理局監管，不歸這裡。',
    en: 'Banks, insurers and consumer-finance companies, including improper collection, credit-report disputes, opaque fees and very high rates. Microlenders and financing guarantors are supervised by the provincial local financial regulator, not here.',
  },
  prerequisites: [
    {
      id: 'lender-first',
      text: {
        'zh-CN': '一般先向贷款机构投诉，并保留其投诉编号和答复。',
        'zh-TW': '一般先向貸款機構投訴，並保留其投訴編號和答覆。',
        en: 'Usually complain to the lender first and keep its reference number and answer.',
      },
      factIds: ['cn.hotline.12378'],
      confidence: 'reported',
    },
  ],
  expectsLenderRef: true,
  // No NFRA answer deadline is verified ("15 working days" appears only on
  // unofficial pages): no due date, never "overdue". The 15/30/60 days are the
  // lender's own handling (cn.deadline.bank-insurer-handling), shown on the lender step.
  deadlines: [],
  hotlines: [{ number: '12378', confidence: 'reported', factId: 'cn.hotline.12378' }],
  testUrls: ['https://www.nfra.gov.cn/cn/view/pages/complaint.html', 'https://www.cbirc.gov.cn/complaint'],
  fixture: 'nfra-complaint.html',
  factIds: ['cn.hotline.12378'],
  source: { title: 'shared/knowledge/complaint-channels.md', confidence: 'reported', verifiedOn: '2026-12-01' },
};
