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
  name: { 'zh-CN': '国家金融监督管理总局（12378）', 'zh-TW': '國家金融監督管理總局（12378）', en: 'National Financial Regulatory Administration (12378)' },
  jurisdiction: 'CN',
  kind: 'regulator',
  defaultLocale: 'zh-CN',
  handles: {
    'zh-CN': '银行、保险、消费金融公司、小额贷款公司、融资担保机构；包括催收不当、征信争议、收费不透明、利率过高。',
    'zh-TW': '銀行、保險、消費金融公司、小額貸款公司、融資擔保機構；包括催收不當、徵信爭議、收費不透明、利率過高。',
    en: 'Banks, insurers, consumer-finance companies, microlenders and guarantors, including improper collection, credit-report disputes, opaque fees and very high rates.',
  },
  prerequisites: [
    {
      id: 'lender-first',
      text: {
        'zh-CN': '一般先向贷款机构投诉，并保留其投诉编号和答复。',
        'zh-TW': '一般先向貸款機構投訴，並保留其投訴編號和答覆。',
        en: "Usually complain to the lender first and keep its reference number and answer.",
      },
      confidence: 'reported',
    },
    {
      id: 'real-name',
      text: {
        'zh-CN': '需提供本人姓名和联系方式、机构名称、问题简述和诉求。',
        'zh-TW': '需提供本人姓名和聯絡方式、機構名稱、問題簡述和訴求。',
        en: 'Give your name and contact details, the institution, a short account and your demand.',
      },
      confidence: 'reported',
    },
  ],
  expectsLenderRef: true,
  deadlines: [
    {
      id: 'answer',
      days: 15,
      unit: 'working',
      what: { 'zh-CN': '通常答复期限', 'zh-TW': '通常答覆期限', en: 'usual time to answer' },
      confidence: 'reported',
    },
  ],
  answerDeadlineId: 'answer',
  hotlines: [{ number: '12378', confidence: 'reported' }],
  testUrls: ['https://www.nfra.gov.cn/cn/view/pages/complaint.html', 'https://www.cbirc.gov.cn/complaint'],
  fixture: 'nfra-complaint.html',
  source: { title: 'shared/knowledge/complaint-channels.md', confidence: 'reported', verifiedOn: '2026-11-22' },
};
