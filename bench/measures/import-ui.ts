import type { BrowserContext, CDPSession } from 'playwright-core';

// Importing a large SMS Backup & Restore file through the built extension's
// own UI (dashboard → Contacts → Import), as a user does: choose the file,
// wait for the preview, confirm, wait for "done". Times are taken around the
// UI's own signals (the preview and the done step); the page's JS heap is
// sampled through DevTools every 100 ms for its peak.

export interface ImportUiResult {
  /** File chosen → preview on screen (read, hash, parse, group, plan, render). */
  previewMs: number;
  /** Confirm → done (the one transaction, then the flow's last render). */
  writeMs: number;
  /** Peak JS heap of the dashboard page during the import. */
  heapPeakMB: number;
  /** Contacts the preview said it would add. */
  added: number;
}

async function heapMB(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1048576;
}

export async function importThroughUi(
  context: BrowserContext,
  dashboardUrl: string,
  path: string,
  timeout = 300_000,
): Promise<ImportUiResult> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  let peak = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, await heapMB(cdp).catch(() => 0));
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  try {
    await page.goto(dashboardUrl);
    await page.waitForSelector('[data-contacts-ready]', { timeout });
    await page.click('[data-import-open]');
    const t0 = Date.now();
    await page.setInputFiles('[data-import-file]', path);
    await page.waitForSelector('[data-import-step="review"] [data-import-preview]', { timeout });
    const previewMs = Date.now() - t0;
    const added = Number(await page.locator('[data-preview-new]').getAttribute('data-preview-new'));
    const t1 = Date.now();
    await page.click('[data-import-confirm]');
    await page.waitForSelector('[data-import-step="done"]', { timeout });
    return { previewMs, writeMs: Date.now() - t1, heapPeakMB: peak, added };
  } finally {
    sampling = false;
    await sampler;
    await page.close();
  }
}
