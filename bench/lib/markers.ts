import type { BrowserContext, Frame, Page } from 'playwright-core';

// Timing from outside the app code: an init script (run in every page and
// frame before the page's own scripts) watches the DOM and records, for each
// named marker, the first moment all of its selectors match. Times are taken
// inside the page, so the DevTools round-trips are not counted.

/** Each marker: selectors that must all match (a comma inside one selector means "any of"). */
export const MARKERS: Record<string, string[]> = {
  floorPage: ['#ready'],
  popup: ['main[data-ready]'],
  popupFallback: ['input[name="who"]', '.recent-item, .recent .muted'],
  panelHost: ['ng-complaint-panel'],
  panelFrame: ['main[data-ready]'],
  panelFrameFallback: ['[data-testid="contact-count"]'],
  // Set by the views when their first screen is rendered with its data.
  contacts: ['[data-contacts-ready]'],
  findings: ['[data-findings-ready]'],
};

export interface MarkTime {
  /** ms since this document's navigation start. */
  sinceStart: number;
  /** Epoch ms with sub-ms precision: comparable between a page and its frames. */
  epoch: number;
}

type Marks = Record<string, MarkTime>;

function markerScript(markers: Record<string, string[]>): void {
  const marks: Marks = {};
  (globalThis as unknown as { __ngBenchMarks: Marks }).__ngBenchMarks = marks;
  const pending = new Map(Object.entries(markers));
  const check = () => {
    for (const [name, selectors] of pending) {
      if (selectors.every((s) => document.querySelector(s))) {
        const now = performance.now();
        marks[name] = { sinceStart: now, epoch: performance.timeOrigin + now };
        pending.delete(name);
      }
    }
    if (pending.size === 0) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true });
  check();
}

export async function installMarkers(context: BrowserContext): Promise<void> {
  await context.addInitScript(markerScript, MARKERS);
}

/** Waits for any of the named markers in a page or frame; returns the first one reached. */
export async function waitForMark(target: Page | Frame, names: string[], timeout = 30_000): Promise<MarkTime & { name: string }> {
  const handle = await target.waitForFunction(
    (ns) => {
      const m = (globalThis as unknown as { __ngBenchMarks?: Marks }).__ngBenchMarks;
      const hit = m && ns.find((n) => m[n]);
      return hit ? { name: hit, ...m[hit]! } : false;
    },
    names,
    { timeout, polling: 10 },
  );
  return (await handle.jsonValue()) as MarkTime & { name: string };
}
