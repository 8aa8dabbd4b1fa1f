// Tesseract reads dark text on a light background. Phone screens mix both
// polarities on one screen: the messages app draws the user's own bubbles
// white-on-blue in light mode (and dark-on-light-blue in dark mode, which the
// page-wide dark-mode inversion turns light-on-dark). Unread, those bubbles
// were lost whole (bench, tuning set). A coloured bubble is a filled region of
// saturated pixels; red or blue *text* is too thin to fill a window. Inside a
// bubble darker than mid-grey the grey levels are inverted, so its text comes
// out dark on light like the rest. Green WeChat bubbles (light, dark text) are
// left as they are. Pure: RGBA pixels in, the same array out (changed in place).

/** Share of saturated pixels in the window around a pixel from which it counts as inside a coloured bubble. */
const FILLED = 0.55;

const luma = (r: number, g: number, b: number) => (r * 299 + g * 587 + b * 114) / 1000;

/**
 * Turns RGBA pixels into grey levels with dark text on light: the whole image
 * inverted when `dark` (a dark-mode screenshot), then each coloured region
 * darker than mid-grey inverted again. `radius` is the half-size of the window
 * that decides "filled region" (about a third of a line's height).
 */
export function normalizePolarity(px: Uint8ClampedArray, width: number, height: number, dark: boolean, radius: number): Uint8ClampedArray {
  const n = width * height;
  const grey = new Uint8ClampedArray(n);
  const w1 = width + 1;
  // Summed-area tables of "saturated" and of the saturated pixels' grey levels.
  const satSum = new Uint32Array(w1 * (height + 1));
  const lumSum = new Uint32Array(w1 * (height + 1));
  for (let y = 0; y < height; y++) {
    let rowSat = 0;
    let rowLum = 0;
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const r = px[i]!, g = px[i + 1]!, b = px[i + 2]!;
      const max = Math.max(r, g, b);
      const min = Math.min(r, g, b);
      const l = dark ? 255 - luma(r, g, b) : luma(r, g, b);
      grey[y * width + x] = l;
      // Very dark colours (navy text) are ink, not a bubble's fill.
      if (max > 80 && max - min > 0.3 * max) {
        rowSat += 1;
        rowLum += l;
      }
      const k = (y + 1) * w1 + x + 1;
      satSum[k] = satSum[k - w1]! + rowSat;
      lumSum[k] = lumSum[k - w1]! + rowLum;
    }
  }
  const box = (t: Uint32Array, x0: number, y0: number, x1: number, y1: number) => t[y1 * w1 + x1]! - t[y0 * w1 + x1]! - t[y1 * w1 + x0]! + t[y0 * w1 + x0]!;
  for (let y = 0; y < height; y++) {
    const y0 = Math.max(0, y - radius), y1 = Math.min(height, y + radius + 1);
    for (let x = 0; x < width; x++) {
      const x0 = Math.max(0, x - radius), x1 = Math.min(width, x + radius + 1);
      const sat = box(satSum, x0, y0, x1, y1);
      let l = grey[y * width + x]!;
      if (sat > FILLED * (x1 - x0) * (y1 - y0) && box(lumSum, x0, y0, x1, y1) / sat < 128) l = 255 - l;
      const i = (y * width + x) * 4;
      px[i] = px[i + 1] = px[i + 2] = l;
      px[i + 3] = 255;
    }
  }
  return px;
}
