import type { BrowserContext, Frame, Page } from 'playwright-core';
import { pageUrl } from '../lib/fixture-site';
import { waitForMark, type MarkTime } from '../lib/markers';

export interface PanelSamples {
  /** Content script start → panel frame rendered (needs the content script's ng:cs-start mark). */
  fromStart: number[];
  /** Form found → panel frame rendered (ng:form-found mark, else the moment the host element is attached). */
  afterForm: number[];
  /** Content script start → host element attached. */
  hostFromStart: number[];
  usedMarks: boolean;
}

async function panelFrame(page: Page, timeout = 15_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const f = page.frames().find((x) => x.url().includes('/panel-frame.html'));
    if (f) return f;
    if (Date.now() > deadline) throw new Error('the panel frame never appeared');
    await page.waitForTimeout(5);
  }
}

/** Epoch times of the content script's performance marks (page and isolated world share the timeline). */
async function contentMarks(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('ng:'))
        .map((m) => [m.name, performance.timeOrigin + m.startTime]),
    ),
  );
}

export async function panelTimes(context: BrowserContext, frameMarker: string, runs: number): Promise<PanelSamples> {
  const out: PanelSamples = { fromStart: [], afterForm: [], hostFromStart: [], usedMarks: false };
  for (let i = 0; i <= runs; i++) {
    const page = await context.newPage();
    await page.goto(pageUrl('registry'));
    const host: MarkTime = await waitForMark(page, ['panelHost']);
    const frame = await panelFrame(page);
    const ready = await waitForMark(frame, [frameMarker]);
    const marks = await contentMarks(page);
    await page.close();
    if (i === 0) continue;
    const start = marks['ng:cs-start'];
    const form = marks['ng:form-found'] ?? host.epoch;
    out.usedMarks = start !== undefined;
    if (start !== undefined) {
      out.fromStart.push(ready.epoch - start);
      out.hostFromStart.push(host.epoch - start);
    }
    out.afterForm.push(ready.epoch - form);
  }
  return out;
}
