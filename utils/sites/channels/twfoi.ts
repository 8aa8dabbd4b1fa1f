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
      id: 'scope',
      text: {
        'zh-CN':
          '申请前请注意：评议中心不受理纯属债务协商或定价（利率、费用、收费）的争议；只想争取更好的还款安排，不能用这个渠道。是否受理对催收行为的申诉未确认。',
        'zh-TW':
          '申請前請注意：評議中心不受理純屬債務協商或定價（利率、費用、收費）的爭議；只想爭取更好的還款安排，不能用這個管道。是否受理對催收行為的申訴未確認。',
        en: 'Before you apply: FOI does not take disputes purely about debt negotiation or pricing (rates, fees, charges); if you only want a better repayment deal, this channel is not for it. Whether it takes complaints about collection conduct is unconfirmed.',
      },
      factIds: ['tw.foi.excluded'],
      confidence: 'reported',
    },
    {
      id: 'lender-first',
      text: {
        'zh-CN': '先向金融机构投诉；30天内未获答复或不满意，可在60天内申请评议。',
        'zh-TW': '先向金融機構投訴；30天內未獲答覆或不滿意，可在60天內申請評議。',
        en: 'Complain to the institution first; with no answer in 30 days, or an unsatisfactory one, apply within 60 days.',
      },
      factIds: ['tw.foi.procedure'],
      confidence: 'reported',
    },
    {
      id: 'signed-form',
      text: {
        'zh-CN': '需签名的申请书、身份证正反面复印件和证明文件。',
        'zh-TW': '需簽名的申請書、身分證正反面影本和證明文件。',
        en: 'A signed form, both sides of the ID card and supporting documents.',
      },
      factIds: ['tw.foi.procedure'],
      confidence: 'reported',
    },
  ],
  expectsLenderRef: true,
  deadlines: [
    {
      id: 'lender-answer',
      kind: 'lender-handling',
      days: 30,
      unit: 'calendar',
      what: { 'zh-CN': '金融机构处理申诉', 'zh-TW': '金融機構處理申訴', en: 'the institution handles your complaint' },
      from: {
        'zh-CN': '自金融机构收到申诉之日',
        'zh-TW': '自金融機構收到申訴之日',
        en: 'from receipt of the complaint by the institution',
      },
      confidence: 'reported',
      factId: 'tw.foi.procedure',
    },
    {
      id: 'apply',
      kind: 'apply',
      days: 60,
      unit: 'calendar',
      after: 'lender-answer',
      what: {
        'zh-CN': '你向评议中心申请评议的期限',
        'zh-TW': '你向評議中心申請評議的期限',
        en: 'your time limit to apply to the ombudsman',
      },
      from: {
        'zh-CN': '自收到处理结果之日，或 30 天期满之日（这里按后者计算）',
        'zh-TW': '自收到處理結果之日，或 30 天期滿之日（這裡按後者計算）',
        en: "from the institution's result, or the end of its 30 days (computed here from the latter)",
      },
      confidence: 'reported',
      factId: 'tw.foi.procedure',
    },
  ],
  hotlines: [
    { number: '0800-789-885', confidence: 'text', factId: 'tw.hotline.foi' },
    { number: '1998', confidence: 'text', factId: 'tw.hotline.foi' },
  ],
  testUrls: ['https://www.foi.org.tw/Complaint/Apply'],
  fixture: 'twfoi-complaint.html',
  factIds: ['tw.foi.procedure', 'tw.foi.excluded', 'tw.hotline.foi'],
  source: {
    title: 'shared/knowledge/complaint-channels.md',
    confidence: 'reported',
    verifiedOn: '2026-12-01',
    law: '金融消費者保護法 第13條第2項',
  },
};
