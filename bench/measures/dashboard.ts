import type { BrowserContext, Page } from 'playwright-core';
import { waitForMark } from '../lib/markers';
import { settle } from '../lib/settle';

/**
 * Opens a dashboard section `runs` times (after a warm-up, unless `warmUp` is
 * false); ms from navigation start to its marker. A view that does not render
 * within `timeout` fails the measure at once instead of being retried (a
 * 10,000-row render can eat gigabytes). Each page is closed only once it
 * has settled (lib/settle.ts), so the next one opens on a browser at rest.
 */
export async function sectionTimes(
  context: BrowserContext,
  url: string,
  marker: string,
  runs: number,
  timeout = 30_000,
  warmUp = true,
): Promise<number[]> {
  const out: number[] = [];
  for (let i = warmUp ? 0 : 1; i <= runs; i++) {
    const page = await context.newPage();
    try {
      await page.goto(url);
      const mark = await waitForMark(page, [marker], timeout);
      if (i > 0) out.push(mark.sinceStart);
      await settle(page);
    } finally {
      await page.close();
    }
  }
  return out;
}

export interface UiSearchSample {
  query: string;
  /** Input event → the results committed to the DOM (handler, filter, render). */
  toDom: number;
  /** Input event → the next frame after it (adds style, layout and paint). */
  toFrame: number;
}

/**
 * Types queries into the contacts view's search box, one after another as a
 * user refines a search, timing each inside the page. When the view marks the
 * query whose results are in the DOM (`data-results-for`), that is waited for,
 * so a debounce or an intermediate "loading" render cannot end the timing
 * early; otherwise the first DOM mutation after the input counts.
 */
export async function uiSearchTimes(page: Page, inputSelector: string, queries: string[]): Promise<UiSearchSample[]> {
  await page.waitForSelector(inputSelector);
  return page.evaluate(
    async ({ sel, qs }) => {
      const input = document.querySelector<HTMLInputElement>(sel)!;
      const root = document.querySelector('main') ?? document.body;
      const marked = () => document.querySelector('[data-results-for]');
      const nextFrame = () =>
        new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));
      const out: { query: string; toDom: number; toFrame: number }[] = [];
      for (const q of qs) {
        const byMarker = marked() !== null;
        const dom = new Promise<number>((resolve, reject) => {
          const done = () => {
            mo.disconnect();
            clearTimeout(timer);
            resolve(performance.now());
          };
          const mo = new MutationObserver(() => {
            if (!byMarker || marked()?.getAttribute('data-results-for') === q) done();
          });
          const timer = setTimeout(() => (mo.disconnect(), reject(new Error(`no results for ${q} within 10 s`))), 10_000);
          mo.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
        });
        const t0 = performance.now();
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const tDom = byMarker ? await dom : await Promise.race([dom, nextFrame()]);
        const tFrame = await nextFrame();
        out.push({ query: q, toDom: tDom - t0, toFrame: tFrame - t0 });
        await new Promise((r) => setTimeout(r, 50));
      }
      return out;
    },
    { sel: inputSelector, qs: queries },
  );
}
