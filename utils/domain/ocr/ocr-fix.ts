// Typical OCR confusions in the short pieces that carry dates and times:
// O/o/〇 read for 0, l/I/|/! for 1, full-width digits and colons, a colon read
// as a dot, semicolon or lost entirely. Only characters touching a digit, a
// colon or a date word are changed, so "Ok" or "I" inside message text stay.

const ZERO = /[Oo〇Q]/;
const ONE = /[lI|!丨]/;
const DIGITISH = /[0-9Oo〇QlI|!丨]/;
const CONTEXT = /[0-9:年月日号號/-]/;

/** NFKC (full-width → ASCII), one space between words, colon look-alikes made colons. */
export function tidyLine(line: string): string {
  return line
    .normalize('NFKC')
    .replace(/[：﹕∶]/g, ':')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Replaces letter look-alikes of 0 and 1 that sit inside a run of digits (or next to a colon or date word). */
export function fixDigits(line: string): string {
  const chars = [...line];
  const isDigitRun = (i: number): boolean => {
    // A look-alike counts as a digit when a neighbour (skipping other look-alikes) is a digit or date mark.
    for (const dir of [-1, 1]) {
      for (let j = i + dir; j >= 0 && j < chars.length; j += dir) {
        const c = chars[j]!;
        if (CONTEXT.test(c)) return true;
        if (!DIGITISH.test(c)) break;
      }
    }
    return false;
  };
  return chars
    .map((c, i) => {
      if (ZERO.test(c) && isDigitRun(i)) return '0';
      if (ONE.test(c) && isDigitRun(i)) return '1';
      return c;
    })
    .join('');
}

/** Between two digits a dot, semicolon or spaced colon is a misread colon: "22.41", "22 : 41" → "22:41". */
export function fixColons(line: string): string {
  return line.replace(/(\d)\s*[.;,·]\s*(\d\d)(?!\d)/g, '$1:$2').replace(/(\d)\s*:\s*(\d)/g, '$1:$2');
}

/** The line as the timestamp parser wants it. */
export function normalizeOcrLine(line: string): string {
  return fixColons(fixDigits(tidyLine(line)));
}
