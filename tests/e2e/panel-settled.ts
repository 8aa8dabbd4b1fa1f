import type { Page } from 'playwright-core';

/**
 * Waits until the panel's box on the page has not moved or resized for a
 * little longer than the guard's enable delay (guard/stable.ts, 600 ms): the
 * same signal the click-jacking guard waits for, read from the page side
 * (the host element's box is visible to the page, its closed shadow root is not).
 * A user who clicks sooner is told to click again.
 */
export async function panelSettled(page: Page, quietMs = 700): Promise<void> {
  await page.waitForFunction(
    (quiet) => {
      const host = document.querySelector('ng-complaint-panel');
      if (!host) return false;
      const r = host.getBoundingClientRect();
      const key = [r.left, r.top, r.width, r.height].map(Math.round).join(',');
      const w = window as unknown as { __ngSettleKey?: string; __ngSettleSince?: number };
      const now = performance.now();
      if (w.__ngSettleKey !== key) {
        w.__ngSettleKey = key;
        w.__ngSettleSince = now;
      }
      return now - (w.__ngSettleSince ?? now) >= quiet;
    },
    quietMs,
    { polling: 50 },
  );
}
