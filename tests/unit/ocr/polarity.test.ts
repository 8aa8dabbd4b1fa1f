import { describe, expect, it } from 'vitest';
import { normalizePolarity } from '@/utils/domain/ocr/polarity';

// 60 × 40 px screens: a page colour, a bubble (x 10–49, y 5–34) and a
// "stroke" inside it (x 20–39, y 18–21), or a thin line of coloured text.
type RGB = [number, number, number];
function screen(page: RGB, bubble: RGB | null, stroke: RGB): Uint8ClampedArray {
  const px = new Uint8ClampedArray(60 * 40 * 4);
  for (let y = 0; y < 40; y++)
    for (let x = 0; x < 60; x++) {
      const inBubble = bubble && x >= 10 && x < 50 && y >= 5 && y < 35;
      const inStroke = x >= 20 && x < 40 && y >= 18 && y < 21;
      px.set([...(inStroke ? stroke : inBubble ? bubble : page), 255], (y * 60 + x) * 4);
    }
  return px;
}
const grey = (px: Uint8ClampedArray, x: number, y: number) => px[(y * 60 + x) * 4]!;
const run = (px: Uint8ClampedArray, dark = false) => normalizePolarity(px, 60, 40, dark, 4);

describe('normalizePolarity: dark text on light, whatever the bubble', () => {
  it('inverts a white-on-blue bubble (messages app, light mode) and leaves the page', () => {
    const px = run(screen([255, 255, 255], [26, 115, 232], [255, 255, 255]));
    expect(grey(px, 30, 19)).toBeLessThan(60); // the stroke: dark
    expect(grey(px, 30, 10)).toBeGreaterThan(140); // the bubble: light
    expect(grey(px, 2, 2)).toBe(255); // the page
  });
  it('keeps dark text on a light green bubble (WeChat)', () => {
    const px = run(screen([237, 237, 237], [149, 236, 105], [17, 17, 17]));
    expect(grey(px, 30, 19)).toBeLessThan(60);
    expect(grey(px, 30, 10)).toBeGreaterThan(140);
  });
  it('dark mode: the page is inverted, and a light-blue bubble with dark text comes out dark text on light too', () => {
    const px = run(screen([18, 18, 18], [138, 180, 248], [11, 26, 51]), true);
    expect(grey(px, 2, 2)).toBeGreaterThan(200);
    expect(grey(px, 30, 19)).toBeLessThan(60);
    expect(grey(px, 30, 10)).toBeGreaterThan(140);
  });
  it('thin red text (a missed call) is not a bubble: it stays dark on the light page', () => {
    const px = run(screen([255, 255, 255], null, [229, 57, 53]));
    expect(grey(px, 30, 19)).toBeLessThan(128);
    expect(grey(px, 30, 10)).toBe(255);
  });
});
