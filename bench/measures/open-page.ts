import type { BrowserContext } from 'playwright-core';
import { waitForMark } from '../lib/markers';
import { settle } from '../lib/settle';

/**
 * Opens `url` in a fresh tab `runs` times (after one discarded warm-up) and
 * returns, per run, ms from navigation start to the marker, measured in the page.
 * Each page is closed once it has settled (lib/settle.ts): the next opens on a browser at rest.
 */
export async function openTimes(context: BrowserContext, url: string, marker: string, runs: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const page = await context.newPage();
    await page.goto(url);
    const mark = await waitForMark(page, [marker]);
    await settle(page);
    await page.close();
    if (i > 0) samples.push(mark.sinceStart);
  }
  return samples;
}
