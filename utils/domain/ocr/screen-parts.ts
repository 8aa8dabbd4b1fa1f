import { normalizeOcrLine, tidyLine } from './ocr-fix';

// The parts of a phone screen that are not messages: the status bar, the
// title bar, the input bar and the tab bar. Recognised by their words.

/** "9:41  5G  86%": time, network and battery only. */
export function isStatusBar(text: string): boolean {
  const line = normalizeOcrLine(text);
  const rest = line
    .replace(/\d{1,2}:\d{2}/g, '')
    .replace(/\b(?:[2-5]G|LTE|HD|VoLTE|Wi-?Fi|KB\/s|K\/s)\b|\d+%|[\d.]+\s*K?B\/s/gi, '')
    .replace(/[\s|.,·•:_()\-<>©®@*#]+/g, '');
  // A title such as "张三" is short too: a status bar shows a clock (and icons read as a few letters) or nothing readable.
  if (rest.length === 0) return true;
  return /^\d{1,2}:\d\d/.test(line) && !/[\u4e00-\u9fff]/.test(rest) && rest.length <= 8;
}

const TITLE_JUNK = /^[<‹«〈(\s]+|[>›»〉)…:\s]+$/g;

/** The chat title without the back arrow and menu dots around it. */
export function cleanTitle(text: string): string {
  return tidyLine(text)
    .replace(TITLE_JUNK, '')
    .replace(/\s*[.·…]{2,}\s*$/, '')
    .trim();
}

/** Lines under a title that say what kind of thread it is rather than who. */
const SUBTITLE =
  /^(短信|信息|短信\/彩信|簡訊|简讯|文字訊息|文字讯息|iMessage|Text Message|SMS|MMS|中国移动|中國移動|中国联通|中國聯通|中国电信|中國電信|手机|手機|\+?86)$/i;
export function isSubtitle(text: string): boolean {
  return SUBTITLE.test(tidyLine(text).replace(/\s/g, ''));
}

/** The bottom bar where the user types: not a message. */
const INPUT_BAR =
  /^(发送|發送|按住\s*说话|按住\s*說話|短信|簡訊|简讯|信息|訊息|文字訊息|Text message|iMessage|输入消息|輸入訊息|\+|☺|⊕|[+☺⊕◎○●\s]+)$/i;
export function isInputBar(text: string): boolean {
  const line = tidyLine(text);
  // Its icons (voice, emoji, plus) come out as a few stray letters: no Chinese, hardly any letters or digits.
  return INPUT_BAR.test(line) || (!/[\u3400-\u9fff]/.test(line) && line.replace(/[^A-Za-z0-9]/g, '').length <= 4);
}

/** Words of a call list's title and tab bar. */
const CALL_LIST = /通话记录|通話記錄|最近通话|最近通話|通话|通話|Recents|Call log|Calls/i;
export function isCallListTitle(text: string): boolean {
  return CALL_LIST.test(tidyLine(text));
}
const TAB_BAR =
  /^(全部|未接|所有通话|所有通話|拨号|撥號|联系人|聯絡人|聯繫人|收藏|营业厅|個人收藏|个人收藏|最近|键盘|鍵盤|All|Missed|Keypad|Contacts|Favorites|Recents|编辑|編輯|Edit)(\s+\S+)*$/i;
export function isTabBar(text: string): boolean {
  const words = tidyLine(text).split(' ');
  return TAB_BAR.test(tidyLine(text)) && words.every((w) => TAB_BAR.test(w));
}

/** Digits of a phone number written with spaces, dashes or +86, or null when the text is not one. */
export function phoneOf(text: string): string | null {
  const t = normalizeOcrLine(text).replace(/[\s\-()]/g, '');
  return /^\+?\d{5,15}$/.test(t) ? t : null;
}
