import { defineMessages } from '../define';

// The first-run page and the sample-data controls (also shown in Settings).
export const onboarding = defineMessages({
  'zh-CN': {
    'onboarding.title': '欢迎使用协商卫士',
    'onboarding.what.title': '它能做什么',
    'onboarding.what.agreements': '记下与贷款机构谈好的还款协议和每一期还款，到期前提醒你。',
    'onboarding.what.contacts': '每次被催收后，几秒钟记下时间、对方、说了什么，并保存截图等证据。',
    'onboarding.what.findings': '对照成文的催收规定，指出哪些联系可能违规，并注明出处。',
    'onboarding.what.complaints': '打开投诉页面时，给出清单和根据你的记录生成的投诉草稿。',
    'onboarding.privacy.title': '数据只保存在这台设备上',
    'onboarding.privacy.body': '所有记录都保存在本浏览器中。没有账户，没有服务器，不会发送任何数据，也不做统计分析。',
    'onboarding.backup.title': '记得备份',
    'onboarding.backup.body':
      '卸载扩展或清除浏览器数据会删除所有记录。请在管理页的“备份”中定期导出备份文件（可加密码），并把文件存到安全的地方。',
    'onboarding.shortcut.title': '快速记录的快捷键',
    'onboarding.shortcut.body': '挂断催收电话后，按下这个快捷键即可打开记录窗口：',
    'onboarding.shortcut.none': '尚未设置快捷键。可以在浏览器的扩展快捷键设置中指定一个。',
    'onboarding.shortcut.popup': '打开记录窗口',
    'onboarding.sample.title': '先用示例数据看看',
    'onboarding.sample.body':
      '可以载入一组虚构的示例记录（一家贷款机构、一份协议、若干次联系和一条投诉），熟悉各个页面。示例记录都标有“示例”，可以一键删除，不会影响你自己的记录。',
    'onboarding.sample.load': '载入示例数据',
    'onboarding.sample.remove': '删除示例数据',
    'onboarding.sample.loaded': '示例数据已载入：{count} 条示例记录。',
    'onboarding.sample.none': '当前没有示例数据。',
    'onboarding.sample.removed': '示例数据已删除。',
    'onboarding.start': '开始使用：打开管理页',
  },
  'zh-TW': {
    'onboarding.title': '歡迎使用協商衛士',
    'onboarding.what.title': '它能做什麼',
    'onboarding.what.agreements': '記下與貸款機構談好的還款協議和每一期還款，到期前提醒你。',
    'onboarding.what.contacts': '每次被催收後，幾秒鐘記下時間、對方、說了什麼，並保存截圖等證據。',
    'onboarding.what.findings': '對照成文的催收規定，指出哪些聯絡可能違規，並註明出處。',
    'onboarding.what.complaints': '開啟投訴頁面時，提供清單和根據你的紀錄產生的投訴草稿。',
    'onboarding.privacy.title': '資料只保存在這台裝置上',
    'onboarding.privacy.body': '所有紀錄都保存在本瀏覽器中。沒有帳戶，沒有伺服器，不會傳送任何資料，也不做統計分析。',
    'onboarding.backup.title': '記得備份',
    'onboarding.backup.body':
      '移除擴充功能或清除瀏覽器資料會刪除所有紀錄。請在管理頁的「備份」中定期匯出備份檔案（可加密碼），並把檔案存到安全的地方。',
    'onboarding.shortcut.title': '快速記錄的快速鍵',
    'onboarding.shortcut.body': '掛斷催收電話後，按下這個快速鍵即可開啟記錄視窗：',
    'onboarding.shortcut.none': '尚未設定快速鍵。可以在瀏覽器的擴充功能快速鍵設定中指定一個。',
    'onboarding.shortcut.popup': '開啟記錄視窗',
    'onboarding.sample.title': '先用範例資料看看',
    'onboarding.sample.body':
      '可以載入一組虛構的範例紀錄（一家貸款機構、一份協議、若干次聯絡和一筆投訴），熟悉各個頁面。範例紀錄都標有「範例」，可以一鍵刪除，不會影響你自己的紀錄。',
    'onboarding.sample.load': '載入範例資料',
    'onboarding.sample.remove': '刪除範例資料',
    'onboarding.sample.loaded': '範例資料已載入：{count} 筆範例紀錄。',
    'onboarding.sample.none': '目前沒有範例資料。',
    'onboarding.sample.removed': '範例資料已刪除。',
    'onboarding.start': '開始使用：開啟管理頁',
  },
  en: {
    'onboarding.title': 'Welcome to Negotiation Guard',
    'onboarding.what.title': 'What it does',
    'onboarding.what.agreements': 'Keeps the repayment agreements you negotiated and every instalment, and reminds you before each is due.',
    'onboarding.what.contacts':
      'After each collection contact, note in seconds when it was, who it was and what was said, and keep screenshots and other evidence.',
    'onboarding.what.findings':
      'Checks your log against the written collection rules and shows which contacts may break them, with the source.',
    'onboarding.what.complaints': 'On complaint pages, shows a checklist and a complaint draft built from your own records.',
    'onboarding.privacy.title': 'Your data stays on this device',
    'onboarding.privacy.body':
      'Every record is kept in this browser. There is no account and no server; nothing is sent anywhere and nothing is tracked.',
    'onboarding.backup.title': 'Remember to back up',
    'onboarding.backup.body':
      "Removing the extension or clearing browser data deletes every record. Export a backup file regularly from the dashboard's Backup section (a password is optional) and keep it somewhere safe.",
    'onboarding.shortcut.title': 'Keyboard shortcut for quick logging',
    'onboarding.shortcut.body': 'After a collection call, press this shortcut to open the log window:',
    'onboarding.shortcut.none': "No shortcut is set yet. You can choose one in the browser's extension shortcut settings.",
    'onboarding.shortcut.popup': 'Open the log window',
    'onboarding.sample.title': 'Explore with sample data first',
    'onboarding.sample.body':
      'Load a set of made-up sample records (one lender, one agreement, several contacts and a complaint) to get to know the pages. Every sample record is marked "Sample" and can be removed in one click without touching your own records.',
    'onboarding.sample.load': 'Load sample data',
    'onboarding.sample.remove': 'Remove sample data',
    'onboarding.sample.loaded': 'Sample data loaded: {count} sample records.',
    'onboarding.sample.none': 'No sample data is loaded.',
    'onboarding.sample.removed': 'Sample data removed.',
    'onboarding.start': 'Get started: open the dashboard',
  },
});
