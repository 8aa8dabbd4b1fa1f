import type { Page } from 'playwright-core';

/**
 * Waits until the panel's box on the page has not moved or resized for a
 * little longer than the guard's enable delay (guard/stable.ts, 600 ms): the
 * same signal the click-jacking guard waits for, read from the page side
 * (the host element's box is visible to the page, its closed shadow root is not).
 * A user who clicks sooner is told to click again. The watch starts at the
 * call, so it waits at least `quietMs` even when nothing moved before it.
 */
export async function panelSettled(page: Page, quietMs = 700): Promise<void> {
  // Each call watches afresh: a key kept from an earlier call would let a move and a move back in between
  // (e.g. a style set, cleared and set again) pass for stillness.
  const call = `${Date.now()}-${Math.random()}`;
  await page.waitForFunction(
    ({ quiet, call }) => {
      const host = document.querySelector('ng-complaint-panel');
      if (!host) return false;
      const r = host.getBoundingClientRect();
      const key = [r.left, r.top, r.width, r.height].map(Math.round).join(',');
      const w = window as unknown as { __ngSettle?: { call: string; key: string; since: number } };
      const now = performance.now();
      if (w.__ngSettle?.call !== call || w.__ngSettle.key !== key) w.__ngSettle = { call, key, since: now };
      return now - w.__ngSettle.since >= quiet;
    },
    { quiet: quietMs, call },
    { polling: 50 },
  );
}
