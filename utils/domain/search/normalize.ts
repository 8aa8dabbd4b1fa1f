import { Converter } from 'opencc-js/t2cn';

// Traditional (Taiwan, Hong Kong and OpenCC standard forms) → simplified,
// from OpenCC's complete dictionaries rather than a hand-made list. Only the
// dashboard's contact search imports this module (the popup never does), so
// the ~100 KB table loads with that section alone.
const toSimplified = [Converter({ from: 'tw', to: 'cn' }), Converter({ from: 'hk', to: 'cn' })];

// Folding is per character, never per phrase: a substring of the text must
// fold exactly as it does inside the whole text, or a query could miss.
const charFold = new Map<string, string>();
function foldChar(ch: string): string {
  let out = charFold.get(ch);
  if (out === undefined) {
    out = ch;
    // Only CJK ideographs need the converter; everything else folds to itself.
    if (/\p{Script=Han}/u.test(ch)) {
      for (const c of toSimplified) {
        const s = c(ch);
        if (s !== ch && [...s].length === 1) {
          out = s;
          break;
        }
      }
    }
    charFold.set(ch, out);
  }
  return out;
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
  for (const ch of base) out += foldChar(ch);
  return out;
}
