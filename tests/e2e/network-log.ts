import type { BrowserContext, Request } from 'playwright-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LoggedRequest {
  url: string;
  /** Who made it: the service worker's or the frame's URL at the time. */
  initiator: string;
  kind: 'service-worker' | 'frame';
  navigation: boolean;
  resourceType: string;
}

/** URLs that never leave the machine: our own package, inline data, in-memory blobs. */
function isLocal(url: string, extensionId: string): boolean {
  return (
    url.startsWith(`chrome-extension://${extensionId}/`) || url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank'
  );
}

function initiatorOf(req: Request): { initiator: string; kind: LoggedRequest['kind'] } | null {
  const sw = req.serviceWorker();
  if (sw) return { initiator: sw.url(), kind: 'service-worker' };
  try {
    return { initiator: req.frame().url(), kind: 'frame' };
  } catch {
    return null; // a request of a frame that is already gone
  }
}

/**
 * Records every request made by the extension's own contexts (its service
 * worker, its pages, and the panel iframe inside web pages). The test's own
 * navigations of web pages to fixture URLs are not the extension's and are
 * not recorded. Requests to the network are aborted by the harness anyway;
 * this log is how the suite proves the extension never even tried.
 */
export function recordExtensionRequests(context: BrowserContext) {
  const all: LoggedRequest[] = [];
  let extensionId = '';
  context.on('request', (req) => {
    const who = initiatorOf(req);
    if (!who || !who.initiator.startsWith('chrome-extension://')) return;
    all.push({ url: req.url(), ...who, navigation: req.isNavigationRequest(), resourceType: req.resourceType() });
  });
  const ours = (r: LoggedRequest) => extensionId !== '' && r.initiator.startsWith(`chrome-extension://${extensionId}/`);
  return {
    setExtensionId(id: string) {
      extensionId = id;
    },
    /** Every request the extension made, local or not. */
    requests(): LoggedRequest[] {
      return all.filter(ours);
    },
    /** The extension's requests that would have left the machine (should be none). */
    networkRequests(): LoggedRequest[] {
      return all.filter((r) => ours(r) && !isLocal(r.url, extensionId));
    },
    /** Forgets logged requests; only for a test that makes one on purpose to prove the recorder works. */
    clear() {
      all.length = 0;
    },
    /** Writes the log to test-results/extension-requests/ for inspection after a run. */
    save(label: string) {
      const dir = join('test-results', 'extension-requests');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${label}.json`), JSON.stringify({ extensionId, requests: all.filter(ours) }, null, 2));
    },
  };
}

export type NetworkLog = ReturnType<typeof recordExtensionRequests>;
