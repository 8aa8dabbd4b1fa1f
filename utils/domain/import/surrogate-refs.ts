// SMS Backup & Restore writes characters outside the BMP (emoji, rare 汉字)
// as two numeric references to UTF-16 surrogates, e.g. "&#55357;&#56832;".
// That is not well-formed XML and a strict parser stops there, so each pair
// becomes the character it stands for before parsing. A reference cut by the
// end of a chunk is held back until the next one.
const PAIR = /&#(5[5-6]\d{3});&#(5[6-7]\d{3});/g;
const LONE = /&#(5[5-7]\d{3});/g;

function isHigh(n: number): boolean {
  return n >= 0xd800 && n <= 0xdbff;
}
function isLow(n: number): boolean {
  return n >= 0xdc00 && n <= 0xdfff;
}

export function fixSurrogateRefs(text: string): { ready: string; rest: string } {
  // Keep back a possibly incomplete tail: an '&' with no ';' after it, or a high surrogate awaiting its pair.
  let cut = text.length;
  const amp = text.lastIndexOf('&');
  if (amp !== -1 && text.indexOf(';', amp) === -1 && text.length - amp < 16) cut = amp;
  const tail = /&#(5[5-6]\d{3});$/.exec(text.slice(0, cut));
  if (tail && isHigh(Number(tail[1]))) cut -= tail[0].length;
  return { ready: fixAll(text.slice(0, cut)), rest: text.slice(cut) };
}

/** Replaces every pair (and any lone surrogate reference) in a text known to be complete. */
export function fixAll(text: string): string {
  return (
    text
      .replace(PAIR, (m, hi: string, lo: string) =>
        isHigh(Number(hi)) && isLow(Number(lo)) ? String.fromCharCode(Number(hi), Number(lo)) : m,
      )
      // A lone surrogate cannot be shown; the replacement character keeps the rest of the message.
      .replace(LONE, (m, n: string) => (isHigh(Number(n)) || isLow(Number(n)) ? '\ufffd' : m))
  );
}
