/**
 * RFC 5545 §3.1: content lines are folded so that no line is longer than 75
 * octets (not characters), with a CRLF followed by one space. The `ics`
 * library folds at 75 characters, so a line of Chinese (3 octets each) runs
 * to 200+ octets; calendar apps then mangle it. We unfold its output and fold
 * again by octets, never splitting a character's UTF-8 bytes.
 */
const encoder = new TextEncoder();
const octets = (s: string) => encoder.encode(s).length;

export function unfoldIcs(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, '').split('\r\n');
}

export function foldLine(line: string, limit = 75): string {
  if (octets(line) <= limit) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = octets(ch);
    // Continuation lines begin with the space, which counts toward their 75.
    const room = parts.length === 0 ? limit : limit - 1;
    if (size + n > room) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function refoldIcs(text: string): string {
  return unfoldIcs(text)
    .map((l) => foldLine(l))
    .join('\r\n');
}
