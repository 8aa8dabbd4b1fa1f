/**
 * Parses what a user types as yuan ("1,234.5", "１２３", "¥80") into integer
 * fen without floating-point error. Returns undefined for anything that is
 * not a plain amount with at most two decimals. Negative amounts parse (so
 * the validator can say "must be above zero" instead of "not a number").
 */
export function parseYuan(text: string): number | undefined {
  const s = text
    .trim()
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[¥￥,，\s]/g, '')
    .replace('．', '.');
  const m = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) return undefined;
  const fen = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(fen)) return undefined;
  return m[1] ? -fen : fen;
}

/** Integer fen to the plain text an input shows: 123450 → "1234.50". */
export function fenToYuanText(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
