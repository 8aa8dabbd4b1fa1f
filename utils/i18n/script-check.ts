import type { Locale } from './locales';

// Characters whose simplified and traditional forms differ, in matching order.
// Enough common ones to catch a string left in the other script; not a converter.
const SIMPLIFIED =
  '这个们说时记录协议务机构还贷银员电话证据诉数无为与对发后开关门间页钱费额选择请输删导备处规则违条认应该没实际计划报体现从会动态经过问题项单号码邮语简显详细标准国监总权护征骚扰胁骂检亲属罚约历图视频档载链网击点进状决启线级区钟结试验确义产类账户样离';
const TRADITIONAL =
  '這個們說時記錄協議務機構還貸銀員電話證據訴數無為與對發後開關門間頁錢費額選擇請輸刪導備處規則違條認應該沒實際計劃報體現從會動態經過問題項單號碼郵語簡顯詳細標準國監總權護徵騷擾脅罵檢親屬罰約歷圖視頻檔載鏈網擊點進狀決啟線級區鐘結試驗確義產類帳戶樣離';

const CJK = /[\u3400-\u9fff]/;
/** CJK is allowed in English text only inside brackets or quotes: a law's own title, 《…》, (第七十条), 「…」. */
const QUOTED = /[（(《「“"][^）)》」”"]*[）)》」”"]/g;

/** Returns the offending characters, or an empty string when the text is in its locale's script. */
export function foreignScript(locale: Locale, text: string): string {
  if (locale === 'en') {
    const bare = text.replace(QUOTED, '');
    return [...bare].filter((c) => CJK.test(c)).join('');
  }
  const other = locale === 'zh-CN' ? TRADITIONAL : SIMPLIFIED;
  return [...text].filter((c) => other.includes(c)).join('');
}

export const SCRIPT_PAIRS = { SIMPLIFIED, TRADITIONAL };
