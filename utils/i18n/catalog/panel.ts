import { defineMessages } from '../define';

export const panel = defineMessages({
  'zh-CN': {
    'panel.title': '协商卫士 · 投诉助手',
    'panel.frameTitle': '协商卫士投诉助手',
    'panel.collapse': '收起',
    'panel.expand': '展开',
  },
  'zh-TW': {
    'panel.title': '協商衛士 · 投訴助手',
    'panel.frameTitle': '協商衛士投訴助手',
    'panel.collapse': '收合',
    'panel.expand': '展開',
  },
  en: {
    'panel.title': 'Negotiation Guard · complaint helper',
    'panel.frameTitle': 'Negotiation Guard complaint helper',
    'panel.collapse': 'Collapse',
    'panel.expand': 'Expand',
  },
});
