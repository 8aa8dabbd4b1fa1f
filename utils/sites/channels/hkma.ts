import { ENGLISH_HINTS, TRADITIONAL_HINTS } from '../hints';
import type { Channel, ChannelDetect } from '../types';

export const hkmaDetect: ChannelDetect = {
  id: 'hkma',
  matches: ['https://bankcomplaint.hkma.gov.hk/*'],
  formKeywords: ['complaint', '投訴'],
  // The form is bilingual: English labels, often with traditional Chinese beside them.
  fields: [...ENGLISH_HINTS, ...TRADITIONAL_HINTS],
};

export const hkma: Channel = {
  id: 'hkma',
  detect: hkmaDetect,
  name: { 'zh-CN': '香港金融管理局银行投诉', 'zh-TW': '香港金融管理局銀行投訴', en: 'HKMA bank complaints (Hong Kong)' },
  jurisdiction: 'HK',
  kind: 'regulator',
  defaultLocale: 'en',
  handles: {
    'zh-CN': '对香港银行的投诉，包括银行委托的收数公司。金管局不裁决纠纷、不命令赔偿：金钱索偿请找金融纠纷调解中心。持牌放债人不归金管局。',
    'zh-TW': '對香港銀行的投訴，包括銀行委託的收數公司。金管局不裁決糾紛、不命令賠償：金錢索償請找金融糾紛調解中心。持牌放債人不歸金管局。',
    en: "Complaints about Hong Kong banks, including the bank's debt collection agents. The HKMA does not adjudicate disputes or order compensation: for money claims see the FDRC. Licensed money lenders are not under the HKMA.",
  },
  prerequisites: [
    {
      id: 'lender-first',
      text: {
        'zh-CN': '表单会问是否已先向银行投诉；对收数公司的投诉可直接向金管局提出。',
        'zh-TW': '表單會問是否已先向銀行投訴；對收數公司的投訴可直接向金管局提出。',
        en: 'The form asks whether you approached the bank first; complaints about collection agents may go straight to the HKMA.',
      },
      factIds: ['hk.channel.hkma', 'hk.cobp.collection'],
      confidence: 'reported',
    },
  ],
  expectsLenderRef: true,
  deadlines: [],
  hotlines: [{ number: '(852) 2878 1378', confidence: 'text', factId: 'hk.channel.hkma' }],
  testUrls: ['https://bankcomplaint.hkma.gov.hk/form'],
  fixture: 'hkma-complaint.html',
  factIds: ['hk.channel.hkma'],
  source: { title: 'shared/knowledge/complaint-channels.md', confidence: 'reported', verifiedOn: '2026-12-01' },
};
