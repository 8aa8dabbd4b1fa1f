import type { BrowserContext, CDPSession, Page } from 'playwright-core';

// Playwright's request events do not report the loads of a dedicated worker
// (tesseract.js's worker pulls its wasm core with importScripts and the wasm
// and trained data with fetch), and attaching to the worker through the
// DevTools protocol races Playwright's own session, which lets the paused
// worker run before a second session's Network.enable lands (its first
// importScripts was then missed). So this watch records a trace of the page's
// renderer instead: tracing starts before the page creates any worker, and
// Blink writes a ResourceSendRequest event for every load of every thread of
// that renderer (the page's and each dedicated worker's), whatever the
// scheme. Nothing depends on timing: a load made after start() is in the trace.

export interface TracedRequest {
  url: string;
  /** The renderer thread that made it ("CrRendererMain", "DedicatedWorker thread", …). */
  thread: string;
}

export interface LoadWatch {
  /** Ends the trace; every request the page and its workers made since the watch began. */
  finish(): Promise<TracedRequest[]>;
}

interface TraceEvent {
  name: string;
  ph: string;
  tid: number;
  args?: { name?: string; data?: { url?: string } };
}

export async function watchWorkerRequests(context: BrowserContext, page: Page): Promise<LoadWatch> {
  const cdp: CDPSession = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  // devtools.timeline is the category the Performance panel's network track comes from.
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline'] }, transferMode: 'ReportEvents' });
  return {
    async finish() {
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach().catch(() => undefined);
      const threads = new Map<number, string>();
      for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threads.set(e.tid, e.args?.name ?? '');
      return events
        .filter((e) => e.name === 'ResourceSendRequest' && typeof e.args?.data?.url === 'string')
        .map((e) => ({ url: e.args!.data!.url!, thread: threads.get(e.tid) ?? '' }));
    },
  };
}
