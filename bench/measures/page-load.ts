import type { BrowserContext, Page } from 'playwright-core';
import { HOSTS, pageUrl, type HostKind } from '../lib/fixture-site';

export interface PageLoadSamples {
  load: Record<HostKind, number[]>;
  /** Extension frames or script worlds of ours found on pages outside the registry (must stay 0). */
  injectedOutside: number[];
}

/** Lets the previous tab's teardown finish, so it does not land in the next host's load. */
const SETTLE_MS = 60;

/** One timed load, with nothing attached to the page that could slow one host more than another. */
async function timedLoad(context: BrowserContext, kind: HostKind): Promise<number> {
  const page: Page = await context.newPage();
  await page.goto(pageUrl(kind), { waitUntil: 'load' });
  const load = await page.evaluate(() => {
    // From the document's arrival to the end of its load event: all that extension code could delay.
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return nav.loadEventEnd - nav.responseEnd;
  });
  await page.close();
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  return load;
}

/**
 * Counts our extension's script worlds and frames in a page, via the DevTools
 * protocol. Kept apart from the timed loads: Runtime.enable makes every new
 * script world report to DevTools, which costs pages with content scripts more.
 */
async function ourWorlds(context: BrowserContext, kind: HostKind, extensionId: string): Promise<number> {
  const page: Page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  let ours = 0;
  cdp.on('Runtime.executionContextCreated', (e) => {
    if (e.context.origin === `chrome-extension://${extensionId}`) ours++;
  });
  await cdp.send('Runtime.enable');
  await page.goto(pageUrl(kind), { waitUntil: 'load' });
  // Our content script waits for load and an idle moment: give it time before counting.
  await page.waitForTimeout(1500);
  ours += page.frames().filter((f) => f.url().startsWith(`chrome-extension://${extensionId}`)).length;
  await cdp.detach();
  await page.close();
  return ours;
}

/**
 * The same page at three hosts, interleaved round by round and in a rotating
 * order, so that drift in the machine's speed (other processes on a busy CI
 * machine) affects all three alike; the first round is a discarded warm-up.
 * The ratio is taken between medians, which a few slow outliers do not move.
 */
export async function pageLoads(context: BrowserContext, extensionId: string, rounds: number): Promise<PageLoadSamples> {
  const load: Record<HostKind, number[]> = { registry: [], floor: [], plain: [] };
  const kinds = Object.keys(HOSTS) as HostKind[];
  for (let r = 0; r <= rounds; r++) {
    const order = kinds.map((_, i) => kinds[(i + r) % kinds.length]!);
    for (const kind of order) {
      const ms = await timedLoad(context, kind);
      if (r > 0) load[kind].push(ms);
    }
  }
  const injectedOutside: number[] = [];
  for (let i = 0; i < 2; i++)
    for (const kind of ['plain', 'floor'] as const) injectedOutside.push(await ourWorlds(context, kind, extensionId));
  return { load, injectedOutside };
}
