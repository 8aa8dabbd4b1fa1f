import { TRADITIONAL_HINTS } from '../hints';
import type { Channel, ChannelDetect } from '../types';

export const twfoiDetect: ChannelDetect = {
  id: 'twfoi',
  matches: ['https://*.foi.org.tw/*'],
  formKeywords: ['申訴', '評議', '申請'],
  fields: TRADITIONAL_HINTS,
};

export const twfoi: Channel = {
  id: 'twfoi',
  detect: twfoiDetect,
  name: { 'zh-CN': '金融消费评议中心（台湾）', 'zh-TW': '金融消費評議中心（台灣）', en: 'Financial Ombudsman Institution (Taiwan)' },
  jurisdiction: 'TW',
  kind: 'mediation',
  defaultLocale: 'zh-TW',
  handles: {
    'zh-CN': '台湾金融消费纠纷的评议。',
    'zh-TW': '臺灣金融消費爭議的評議。',
    en: 'Ombudsman decisions on financial consumer disputes in Taiwan.',
  },
  prerequisites: [
    {
      id: 'lender-first',
      text: {
        'zh-CN': '先向金融机构投诉；30天内未获答复或不满意，可在60天内申请评议。',
        'zh-TW': '先向金融機構投訴；30天內未獲答覆或不滿意，可在60天內申請評議。',
        en: 'Complain to the institution first; with no answer in 30 days, or an unsatisfactory one, apply within 60 days.',
      },
      confidence: 'reported',
    },
    {
      id: 'signed-form',
      text: {
        'zh-CN': '需签名的申请书、身份证正反面复印件和证明文件。',
        'zh-TW': '需簽名的申請書、身分證正反面影本和證明文件。',
        en: 'A signed form, both sides of the ID card and supporting documents.',
      },
      confidence: 'reported',
    },
  ],
  expectsLenderRef: true,
  deadlines: [
    {
      id: 'lender-answer',
      days: 30,
      unit: 'calendar',
      what: { 'zh-CN': '金融机构答复期限', 'zh-TW': '金融機構答覆期限', en: "institution's time to answer" },
      confidence: 'reported',
    },
    {
      id: 'apply',
      days: 60,
      unit: 'calendar',
      what: { 'zh-CN': '申请评议的期限', 'zh-TW': '申請評議的期限', en: 'time to apply to the ombudsman' },
      confidence: 'reported',
    },
  ],
  hotlines: [
    { number: '0800-789-885', confidence: 'reported' },
    { number: '1998', confidence: 'reported' },
  ],
  testUrls: ['https://www.foi.org.tw/Complaint/Apply'],
  fixture: 'twfoi-complaint.html',
  source: { title: 'shared/knowledge/complaint-channels.md', confidence: 'reported', verifiedOn: '2026-11-22', law: '金融消費者保護法 第32條' },
};
