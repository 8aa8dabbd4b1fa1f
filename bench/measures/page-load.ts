import type { BrowserContext, Page } from 'playwright-core';
import { HOSTS, pageUrl, type HostKind } from '../lib/fixture-site';

export interface PageLoadSamples {
  load: Record<HostKind, number[]>;
  /** Extension frames or script worlds of ours found on pages outside the registry (must stay 0). */
  injectedOutside: number[];
}

/** Counts our extension's script worlds and frames in a page, via the DevTools protocol. */
async function loadWithWatch(context: BrowserContext, kind: HostKind, extensionId: string): Promise<{ load: number; ours: number }> {
  const page: Page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  let ours = 0;
  cdp.on('Runtime.executionContextCreated', (e) => {
    if (e.context.origin === `chrome-extension://${extensionId}`) ours++;
  });
  await cdp.send('Runtime.enable');
  await page.goto(pageUrl(kind), { waitUntil: 'load' });
  const load = await page.evaluate(() => {
    // From the document's arrival to the end of its load event: all that extension code could delay.
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return nav.loadEventEnd - nav.responseEnd;
  });
  // document_idle scripts may run right after load: give them a moment before counting.
  await page.waitForTimeout(kind === 'registry' ? 0 : 300);
  ours += page.frames().filter((f) => f.url().startsWith(`chrome-extension://${extensionId}`)).length;
  await cdp.detach();
  await page.close();
  return { load, ours };
}

/**
 * The same page at three hosts, interleaved round by round so that drift in
 * the machine's speed affects all three alike.
 */
export async function pageLoads(context: BrowserContext, extensionId: string, rounds: number): Promise<PageLoadSamples> {
  const load: Record<HostKind, number[]> = { registry: [], floor: [], plain: [] };
  const injectedOutside: number[] = [];
  const kinds = Object.keys(HOSTS) as HostKind[];
  for (let r = 0; r <= rounds; r++) {
    // Rotate the order each round: no host is always first after a cold tab.
    const order = kinds.map((_, i) => kinds[(i + r) % kinds.length]!);
    for (const kind of order) {
      const { load: ms, ours } = await loadWithWatch(context, kind, extensionId);
      if (r === 0) continue; // warm-up round
      load[kind].push(ms);
      if (kind !== 'registry') injectedOutside.push(ours);
    }
  }
  return { load, injectedOutside };
}
