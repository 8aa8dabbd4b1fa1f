const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f';
const CJK_GAP = new RegExp(`(?<=[${CJK}])[ \\t]+(?=[${CJK}])`, 'g');
const CJK_LATIN = new RegExp(`(?<=[${CJK}])[ \\t]+(?=[A-Za-z0-9%])|(?<=[A-Za-z0-9%])[ \\t]+(?=[${CJK}])`, 'g');

/**
 * Tesseract puts a space between Chinese characters, and around digits and
 * Latin words inside Chinese text ("逾期 15 天"); Chinese is written without.
 * "昨天 22:41" also loses its space, which the time-stamp parser does not need.
 */
export function joinCjkSpaces(text: string): string {
  return text.replace(CJK_GAP, '').replace(CJK_LATIN, '');
}
