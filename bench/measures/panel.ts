import type { BrowserContext, Frame, Page } from 'playwright-core';
import { pageUrl } from '../lib/fixture-site';
import { waitForMark, type MarkTime } from '../lib/markers';

export interface PanelSamples {
  /** Content script start → panel visible (needs the content script's ng:cs-start mark). */
  fromStart: number[];
  /** Form found → panel visible: the shell's header painted (ng:panel-visible), else the frame's first content. */
  afterForm: number[];
  /** Form found → the frame's content (the user's records) rendered. */
  contentAfterForm: number[];
  /** Whether afterForm came from the shell's ng:panel-visible mark. */
  usedVisibleMark: boolean;
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
  const out: PanelSamples = {
    fromStart: [],
    afterForm: [],
    contentAfterForm: [],
    hostFromStart: [],
    usedMarks: false,
    usedVisibleMark: false,
  };
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
    // Older builds without the shell's mark: the panel counts as visible when the frame has content.
    const visible = marks['ng:panel-visible'] ?? ready.epoch;
    out.usedMarks = start !== undefined;
    out.usedVisibleMark = marks['ng:panel-visible'] !== undefined;
    if (start !== undefined) {
      out.fromStart.push(visible - start);
      out.hostFromStart.push(host.epoch - start);
    }
    out.afterForm.push(visible - form);
    out.contentAfterForm.push(ready.epoch - form);
  }
  return out;
}
