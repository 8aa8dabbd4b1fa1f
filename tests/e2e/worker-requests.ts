import type { BrowserContext, CDPSession, Page } from 'playwright-core';

// Playwright's request events do not cover every load of a dedicated worker
// (tesseract.js's worker pulls its wasm core with importScripts and the
// trained data with fetch). This watches the page's workers through the
// DevTools protocol instead: every worker the page starts is attached paused,
// its Network domain is enabled, and only then is it let run, so each request
// it makes from its first line on is seen. Worker sessions are addressed with
// Target.sendMessageToTarget because Playwright's CDPSession cannot speak to
// a child session directly.

export interface WorkerRequest {
  url: string;
  /** The URL of the worker that made it. */
  worker: string;
}

export interface WorkerWatch {
  /** URLs of the workers the page started. */
  workers(): string[];
  /** Every request any of them made (loads of scripts, wasm and data included). */
  requests(): WorkerRequest[];
  stop(): Promise<void>;
}

export async function watchWorkerRequests(context: BrowserContext, page: Page): Promise<WorkerWatch> {
  const cdp: CDPSession = await context.newCDPSession(page);
  const workers = new Map<string, string>(); // sessionId → worker URL
  const requests: WorkerRequest[] = [];
  let nextId = 1;
  const toWorker = (sessionId: string, method: string, params: object = {}) =>
    cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: nextId++, method, params }) }).catch(() => undefined);
  cdp.on('Target.attachedToTarget', (e) => {
    if (e.targetInfo.type !== 'worker') {
      void toWorker(e.sessionId, 'Runtime.runIfWaitingForDebugger');
      return;
    }
    workers.set(e.sessionId, e.targetInfo.url);
    // Network first, then let the worker start: nothing it loads happens before the watch is on.
    void toWorker(e.sessionId, 'Network.enable').then(() => toWorker(e.sessionId, 'Runtime.runIfWaitingForDebugger'));
  });
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const msg = JSON.parse(e.message) as { method?: string; params?: { request?: { url: string } } };
    if (msg.method === 'Network.requestWillBeSent' && msg.params?.request) {
      requests.push({ url: msg.params.request.url, worker: workers.get(e.sessionId) ?? '' });
    }
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
  return {
    workers: () => [...workers.values()],
    requests: () => [...requests],
    stop: () => cdp.detach().catch(() => undefined),
  };
}
