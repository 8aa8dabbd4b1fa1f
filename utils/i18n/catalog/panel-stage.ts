import { defineMessages } from '../define';

// The complaint panel's staged loading, and what the guard's confirmation shows for Record and attach.
export const panelStage = defineMessages({
  'zh-CN': {
    'panelStage.note': '为保护您的隐私，打开草稿之前，面板只读取上面清单需要的概要。',
    'panelStage.open': '打开草稿',
    'panelStage.recordBody': '无法确认这次点击是否来自您。请核对下面将要记录的投诉内容，确认后才会记录：',
    'panelStage.attachBody': '无法确认这次点击是否来自您。请核对下面将要附加到网页的文件，确认后才会附加：',
    'panelStage.recordTitle': '请确认要记录的内容',
    'panelStage.attachTitle': '请确认要附加的文件',
  },
  'zh-TW': {
    'panelStage.note': '為保護您的隱私，開啟草稿之前，面板只讀取上面清單需要的概要。',
    'panelStage.open': '開啟草稿',
    'panelStage.recordBody': '無法確認這次點擊是否來自您。請核對下面將要紀錄的投訴內容，確認後才會紀錄：',
    'panelStage.attachBody': '無法確認這次點擊是否來自您。請核對下面將要附加到網頁的檔案，確認後才會附加：',
    'panelStage.recordTitle': '請確認要紀錄的內容',
    'panelStage.attachTitle': '請確認要附加的檔案',
  },
  en: {
    'panelStage.note': 'To protect your privacy, until you open the drafts the panel reads only the summary the checklist above needs.',
    'panelStage.open': 'Open the drafts',
    'panelStage.recordBody':
      'This click could not be checked. Check the complaint text below that will be recorded; it is recorded only after you confirm:',
    'panelStage.attachBody':
      'This click could not be checked. Check the files below that will be attached to the page; they are attached only after you confirm:',
    'panelStage.recordTitle': 'Please confirm what will be recorded',
    'panelStage.attachTitle': 'Please confirm which files will be attached',
  },
});
