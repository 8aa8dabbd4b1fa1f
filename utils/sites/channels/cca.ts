import { SIMPLIFIED_HINTS } from '../hints';
import type { Channel, ChannelDetect } from '../types';

export const ccaDetect: ChannelDetect = {
  id: 'cca',
  matches: ['https://*.cca.org.cn/*'],
  formKeywords: ['投诉'],
  fields: SIMPLIFIED_HINTS,
};

export const cca: Channel = {
  id: 'cca',
  detect: ccaDetect,
  name: { 'zh-CN': '中国消费者协会', 'zh-TW': '中國消費者協會', en: 'China Consumers Association' },
  jurisdiction: 'CN',
  kind: 'industry-body',
  defaultLocale: 'zh-CN',
  handles: {
    'zh-CN': '消费者协会受理消费投诉；它是消费者组织，不是监管机构。',
    'zh-TW': '消費者協會受理消費投訴；它是消費者組織，不是監管機構。',
    en: 'The consumer association takes consumer complaints; it is a consumer organisation, not a regulator.',
  },
  prerequisites: [],
  expectsLenderRef: false,
  deadlines: [],
  hotlines: [],
  testUrls: ['https://www.cca.org.cn/tsdh/form.html'],
  fixture: 'cca-complaint.html',
  factIds: ['cn.channel.cca'],
  source: { title: 'shared/knowledge/complaint-channels.md', confidence: 'reported', verifiedOn: '2026-11-22' },
};
