import { Converter } from 'opencc-js/t2cn';

// Traditional (Taiwan, Hong Kong and OpenCC standard forms) → simplified,
// from OpenCC's complete dictionaries rather than a hand-made list. Only the
// dashboard's contact search imports this module (the popup never does), so
// the ~100 KB table loads with that section alone. The converters' tries are
// built on the first Chinese character folded (~20 ms), not when the module
// loads: the contacts view paints its first screen before any text is folded
// (the index is normalised in idle time after it).
let converters: ((s: string) => string)[] | undefined;
const toSimplified = () => (converters ??= [Converter({ from: 'tw', to: 'cn' }), Converter({ from: 'hk', to: 'cn' })]);

// Folding is per character, never per phrase: a substring of the text must
// fold exactly as it does inside the whole text, or a query could miss.
const charFold = new Map<string, string>();
function foldChar(ch: string): string {
  let out = charFold.get(ch);
  if (out === undefined) {
    out = ch;
    // Only CJK ideographs need the converter; everything else folds to itself.
    if (/\p{Script=Han}/u.test(ch)) {
      for (const c of toSimplified()) {
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
  // The fold per UTF-16 unit through a table (a Map lookup and a string
  // concatenation per character made 70,000 contacts take ~2 s); characters
  // outside the BMP and those folding to more than one unit take foldChar.
  const parts: string[] = [];
  let n = 0;
  const flush = () => {
    parts.push(String.fromCharCode.apply(null, buf.subarray(0, n) as unknown as number[]));
    n = 0;
  };
  for (let i = 0; i < base.length; i++) {
    const code = base.charCodeAt(i);
    let to = unitFold[code]!;
    if (to === UNKNOWN) to = unitFold[code] = learnUnit(code);
    if (to !== SLOW) {
      buf[n++] = to;
      if (n === buf.length) flush();
      continue;
    }
    const ch = String.fromCodePoint(base.codePointAt(i)!);
    if (ch.length === 2) i++;
    if (n) flush();
    parts.push(foldChar(ch));
  }
  if (n) flush();
  return parts.length === 1 ? parts[0]! : parts.join('');
}

// One output buffer for every call (the function is synchronous).
const buf = new Uint16Array(8192);
/** Per UTF-16 unit: UNKNOWN not yet looked up, SLOW through foldChar, else the unit it folds to. */
const UNKNOWN = -1;
const SLOW = -2;
const unitFold = new Int32Array(65536).fill(UNKNOWN);
function learnUnit(code: number): number {
  // Surrogates (halves of characters outside the BMP) go the slow way.
  if (code >= 0xd800 && code <= 0xdfff) return SLOW;
  const out = foldChar(String.fromCharCode(code));
  return out.length === 1 ? out.charCodeAt(0) : SLOW;
}
