import { SCRIPT_PAIRS } from '../../i18n/script-check';

// Traditional → simplified for the common characters, so "催收員" finds "催收员".
const FOLD = new Map<string, string>();
for (let i = 0; i < SCRIPT_PAIRS.TRADITIONAL.length; i++) {
  FOLD.set(SCRIPT_PAIRS.TRADITIONAL[i]!, SCRIPT_PAIRS.SIMPLIFIED[i]!);
}

/** Whitespace and the separators people type inside phone numbers and IDs. */
const SEPARATORS = /[\s\-‐–—_.()（）·・]+/g;

/**
 * Text in a form where substring search is meaningful for Chinese and Latin
 * text alike: full-width folded (NFKC), lower case, traditional folded to
 * simplified, separators removed (so "138-0013 8000" finds "13800138000").
 * Chinese has no word boundaries: every substring is a valid match, which is
 * what searching all character n-grams at once amounts to.
 */
export function normalizeForSearch(text: string): string {
  const base = text.normalize('NFKC').toLowerCase().replace(SEPARATORS, '');
  let out = '';
  for (const ch of base) out += FOLD.get(ch) ?? ch;
  return out;
}
