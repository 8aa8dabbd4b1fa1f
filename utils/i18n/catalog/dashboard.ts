import { defineMessages } from '../define';

export const dashboard = defineMessages({
  'zh-CN': {
    'dashboard.nav.label': '管理页导航',
    'dashboard.nav.home': '概览',
  },
  'zh-TW': {
    'dashboard.nav.label': '管理頁導覽',
    'dashboard.nav.home': '概覽',
  },
  en: {
    'dashboard.nav.label': 'Dashboard navigation',
    'dashboard.nav.home': 'Overview',
  },
});
