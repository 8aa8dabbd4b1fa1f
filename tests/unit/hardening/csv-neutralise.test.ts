import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { neutralizeCell } from '@/utils/domain/backup/csv';

// Issue 19 item 11: spreadsheet programs skip leading spaces and invisible
// characters, and some fold full-width ＝＋－＠ to ASCII, before deciding that
// a cell is a formula. Such cells must stay text too.
describe('CSV cells that hide a formula behind a prefix', () => {
  it('neutralises a space, a zero-width character or a full-width sign before a formula character', () => {
    const prefixes = [' ', '  ', '\u00a0', '\u3000', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '＝', '＋', '－', '＠', ' \u200b'];
    for (const p of prefixes) {
      for (const f of ['=', '+', '-', '@', '＝', '＋', '－', '＠']) {
        const cell = `${p}${f}HYPERLINK("https://evil.example","x")`;
        expect(neutralizeCell(cell), JSON.stringify(cell)).toBe(`'${cell}`);
      }
    }
  });

  it('neutralises a cell that starts with a full-width sign', () => {
    for (const cell of ['＝1+1', '＋86 138', '－2', '＠SUM(A1)']) expect(neutralizeCell(cell)).toBe(`'${cell}`);
  });

  it('leaves ordinary text alone', () => {
    for (const fine of ['张三', ' 张三', '\u200b张三', '1+1', ' 1', '', '😡', 'a=b']) expect(neutralizeCell(fine)).toBe(fine);
  });

  it('never leaves a cell whose first visible character is a formula sign', () => {
    const invisible = fc.constantFrom(' ', '\u00a0', '\u3000', '\u200b', '\u200d', '\u2060', '\ufeff', '\t');
    const sign = fc.constantFrom('=', '+', '-', '@', '＝', '＋', '－', '＠');
    fc.assert(
      fc.property(fc.array(invisible, { maxLength: 4 }), sign, fc.string({ maxLength: 10 }), (pre, s, rest) => {
        const cell = pre.join('') + s + rest;
        expect(neutralizeCell(cell).startsWith("'")).toBe(true);
      }),
    );
  });
});
