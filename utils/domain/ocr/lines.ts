// What the OCR engine gives back, reduced to plain data: the lines of text with
// their boxes. Text the user typed or edited has no boxes; every parser works
// on both and uses the boxes only to do better (rows, bubbles, sides).

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface OcrLine {
  text: string;
  box?: Box;
}

export interface OcrPage {
  /** Image width in pixels, when the lines have boxes. */
  width?: number;
  lines: OcrLine[];
}

/** Lines of typed or edited text (no boxes). */
export function pageOfText(text: string): OcrPage {
  return {
    lines: text
      .split(/\r?\n/)
      .map((t) => ({ text: t.trim() }))
      .filter((l) => l.text !== ''),
  };
}

/** The page as text, one line per line: what is stored and shown for editing. */
export function textOfPage(page: OcrPage): string {
  return page.lines.map((l) => l.text).join('\n');
}

/**
 * Lines that sit side by side (a name on the left, its time on the right)
 * become one row, left to right; rows come top to bottom. Tesseract may put
 * the right-hand column in a block of its own, after the whole left column.
 */
export function visualRows(page: OcrPage): OcrLine[] {
  if (!page.lines.every((l) => l.box)) return page.lines;
  const sorted = [...page.lines].sort((a, b) => a.box!.y0 - b.box!.y0);
  const rows: OcrLine[][] = [];
  for (const line of sorted) {
    const b = line.box!;
    const mid = (b.y0 + b.y1) / 2;
    const row = rows.find((r) => r.some((o) => mid > o.box!.y0 && mid < o.box!.y1));
    if (row) row.push(line);
    else rows.push([line]);
  }
  return rows.map((r) => {
    r.sort((a, b) => a.box!.x0 - b.box!.x0);
    const box = {
      x0: Math.min(...r.map((l) => l.box!.x0)),
      y0: Math.min(...r.map((l) => l.box!.y0)),
      x1: Math.max(...r.map((l) => l.box!.x1)),
      y1: Math.max(...r.map((l) => l.box!.y1)),
    };
    return { text: r.map((l) => l.text).join(' '), box };
  });
}

/** Joins the lines of one bubble: no space between Chinese, one between Latin words. */
export function joinLines(parts: readonly string[]): string {
  return parts.reduce((acc, p) => (acc === '' ? p : /[A-Za-z0-9,.!?]$/.test(acc) && /^[A-Za-z0-9]/.test(p) ? `${acc} ${p}` : acc + p), '');
}
