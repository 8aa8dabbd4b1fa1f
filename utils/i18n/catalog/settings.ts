import { defineMessages } from '../define';

// The dashboard's Settings section: language override and display currency.
// Language names themselves are endonyms (utils/i18n/preferences.ts), not here.
export const settings = defineMessages({
  'zh-CN': {
    'settings.nav': '设置',
    'settings.title': '设置',
    'settings.language': '界面语言',
    'settings.language.auto': '跟随浏览器',
    'settings.language.hint': '更改后，所有已打开的页面会重新载入。',
    'settings.currency': '金额显示的货币符号',
    'settings.currency.CNY': '人民币（¥）',
    'settings.currency.TWD': '新台币（NT$）',
    'settings.currency.HKD': '港币（HK$）',
    'settings.currency.hint': '只改变显示的符号，已保存的金额不会换算。',
    'settings.example': '示例：{money}，{date}',
    'settings.sample.title': '示例数据',
  },
  'zh-TW': {
    'settings.nav': '設定',
    'settings.title': '設定',
    'settings.language': '介面語言',
    'settings.language.auto': '跟隨瀏覽器',
    'settings.language.hint': '變更後，所有已開啟的頁面會重新載入。',
    'settings.currency': '金額顯示的貨幣符號',
    'settings.currency.CNY': '人民幣（¥）',
    'settings.currency.TWD': '新臺幣（NT$）',
    'settings.currency.HKD': '港幣（HK$）',
    'settings.currency.hint': '只改變顯示的符號，已儲存的金額不會換算。',
    'settings.example': '範例：{money}，{date}',
    'settings.sample.title': '範例資料',
  },
  en: {
    'settings.nav': 'Settings',
    'settings.title': 'Settings',
    'settings.language': 'Language',
    'settings.language.auto': 'Same as the browser',
    'settings.language.hint': 'Open pages reload when you change this.',
    'settings.currency': 'Currency symbol for amounts',
    'settings.currency.CNY': 'Chinese yuan (¥)',
    'settings.currency.TWD': 'New Taiwan dollar (NT$)',
    'settings.currency.HKD': 'Hong Kong dollar (HK$)',
    'settings.currency.hint': 'Only the symbol changes; saved amounts are not converted.',
    'settings.example': 'Example: {money}, {date}',
    'settings.sample.title': 'Sample data',
  },
});
