import type { Browser } from 'playwright-core';
import { screenHtml, type ExpectedItem, type ScreenSpec } from './screens';

export interface RenderedScreen {
  spec: ScreenSpec;
  png: Buffer;
  width: number;
  height: number;
  /** Every visible text, top to bottom (by the vertical centre of each element). */
  expectedText: string;
  items: ExpectedItem[];
}

const SIZES = {
  '1080x2400': { width: 360, height: 800, deviceScaleFactor: 3 },
  '750x1334': { width: 375, height: 667, deviceScaleFactor: 2 },
} as const;

/** Renders one screen in Chromium (with the CJK font of its script) and drops what does not fit on it. */
export async function renderScreen(browser: Browser, spec: ScreenSpec): Promise<RenderedScreen> {
  const size = SIZES[spec.size];
  const context = await browser.newContext({
    viewport: { width: size.width, height: size.height },
    deviceScaleFactor: size.deviceScaleFactor,
  });
  try {
    const page = await context.newPage();
    const screen = screenHtml(spec);
    await page.setContent(screen.html);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const kept = await page.evaluate(() => {
      const limit = innerHeight - (document.querySelector('.input') ? 60 : 4);
      const keep: number[] = [];
      for (const b of document.querySelectorAll<HTMLElement>('[data-bubble]')) {
        if (b.getBoundingClientRect().bottom > limit) b.remove();
        else keep.push(Number(b.dataset.bubble));
      }
      for (const g of document.querySelectorAll<HTMLElement>('[data-group]')) if (!g.querySelector('[data-bubble]')) g.remove();
      for (const r of document.querySelectorAll<HTMLElement>('[data-item]:not([data-group])')) {
        if (r.getBoundingClientRect().bottom > limit) r.remove();
        else keep.push(Number(r.dataset.item));
      }
      const texts = [...document.querySelectorAll<HTMLElement>('[data-expect]')].map((e) => {
        const r = e.getBoundingClientRect();
        return { y: (r.top + r.bottom) / 2, x: r.left, text: e.textContent ?? '' };
      });
      texts.sort((a, b) => (Math.abs(a.y - b.y) < 4 ? a.x - b.x : a.y - b.y));
      return { keep, text: texts.map((t) => t.text).join('\n') };
    });
    const png = await page.screenshot({ type: 'png' });
    return {
      spec,
      png,
      width: size.width * size.deviceScaleFactor,
      height: size.height * size.deviceScaleFactor,
      expectedText: kept.text,
      items: screen.items.filter((_, i) => kept.keep.includes(i)),
    };
  } finally {
    await context.close();
  }
}
