/**
 * Judges the CSS filters that apply to the panel (the host's and <html>'s,
 * the only ancestor it has) TOGETHER: stacked `brightness(.7) brightness(.7)`
 * is as dark as `brightness(.49)`, and blurs add up. Colour-only filters
 * (invert(1), hue-rotate, sepia, grayscale, saturate: what dark-mode pages and
 * extensions put on <html>) keep the panel legible and are 'colour'; anything
 * that can make it faint, blurred, grey or unreadable is 'hiding'.
 */
export type FilterVerdict = 'none' | 'colour' | 'hiding';

const COLOUR_ONLY = new Set(['hue-rotate', 'sepia', 'grayscale', 'saturate', 'drop-shadow']);

function amount(arg: string): number {
  const n = parseFloat(arg);
  if (Number.isNaN(n)) return 1;
  return arg.trim().endsWith('%') ? n / 100 : n;
}

export function judgeFilters(filters: readonly string[]): FilterVerdict {
  let brightness = 1;
  let contrast = 1;
  let opacity = 1;
  let blurPx = 0;
  // invert(a) maps a channel v to a + (1 - 2a)·v: its slope multiplies like contrast.
  let invertSlope = 1;
  let any = false;
  for (const filter of filters) {
    if (!filter || filter === 'none') continue;
    any = true;
    if (filter.includes('url(')) return 'hiding';
    // drop-shadow(…) holds a colour with parentheses: match function names with balanced-enough args.
    for (const [, fn, arg = ''] of filter.matchAll(/([a-z-]+)\(((?:[^()]|\([^()]*\))*)\)/g)) {
      if (fn === 'brightness') brightness *= amount(arg);
      else if (fn === 'contrast') contrast *= amount(arg);
      else if (fn === 'opacity') opacity *= Math.min(1, amount(arg));
      else if (fn === 'blur') blurPx += parseFloat(arg) || 0;
      else if (fn === 'invert') invertSlope *= 1 - 2 * Math.min(1, amount(arg));
      else if (!COLOUR_ONLY.has(fn!)) return 'hiding';
    }
  }
  if (!any) return 'none';
  // invert(.5) turns everything mid-grey (slope 0); invert(1) keeps full contrast (slope -1).
  const slope = Math.abs(contrast * invertSlope);
  const hiding = opacity < 1 || blurPx > 1 || brightness < 0.5 || brightness > 2.5 || slope < 0.6 || contrast > 2.5;
  return hiding ? 'hiding' : 'colour';
}
