import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { recordExtensionRequests, type NetworkLog } from './network-log';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Session {
  context: BrowserContext;
  extensionId: string;
  /** Opens an extension page (popup.html, dashboard.html …) in a tab. */
  openPage(path: string): Promise<Page>;
  serviceWorker(): Promise<Worker>;
  /** Every request made by the extension's own contexts; close() fails if any went to the network. */
  network: NetworkLog;
  close(): Promise<void>;
}

/** Chromium's flags for every run (the benchmark in bench/ uses the same ones). */
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Lets a test click the toolbar action through CDP (Extensions.triggerAction), which grants activeTab.
  '--enable-unsafe-extension-debugging',
];

/**
 * Starts Debian's Chromium headless with the built extension and a fresh
 * profile. Every request that is not the extension's own is answered by a
 * route (fixtures) or aborted: nothing reaches the internet.
 */
export async function launch(): Promise<Session> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('build the extension first (npx wxt build)');
  const profile = mkdtempSync(join(tmpdir(), 'ng-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false, // the flag below selects the new headless mode, which runs extensions
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
  });
  const network = recordExtensionRequests(context);
  // Anything not explicitly fulfilled by a test is refused, so no test can touch the network.
  await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));

  let worker = context.serviceWorkers()[0];
  worker ??= await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const extensionId = new URL(worker.url()).host;
  // The worker target appears before it is activated; events (such as a tab
  // finishing its load) that happen before activation never reach its
  // listeners. Wait, so the first test does not race the installation.
  await worker.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const sw = (self as unknown as { serviceWorker?: { state: string; addEventListener(t: string, f: () => void): void } })
          .serviceWorker;
        if (!sw || sw.state === 'activated') return resolve();
        sw.addEventListener('statechange', () => sw.state === 'activated' && resolve());
      }),
  );
  network.setExtensionId(extensionId);

  return {
    context,
    extensionId,
    async openPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async serviceWorker() {
      const current = context.serviceWorkers().find((w) => w.url().includes(extensionId));
      return current ?? context.waitForEvent('serviceworker', { timeout: 20_000 });
    },
    network,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      // The no-network promise (docs/PRIVACY.md), checked for every e2e file's whole run.
      network.save(`session-${process.pid}-${Date.now()}`);
      const leaked = network.networkRequests();
      if (leaked.length > 0) {
        throw new Error(`the extension made network requests: ${leaked.map((r) => `${r.url} (from ${r.initiator})`).join(', ')}`);
      }
    },
  };
}

/** Serves an HTML fixture at a real URL; content scripts inject as on the real site. */
export async function serveFixture(context: BrowserContext, url: string | RegExp, html: string): Promise<void> {
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
}

/**
 * Stops the extension's service worker, as Chrome does after 30 s idle, and
 * proves it: a marker set in the old worker's global scope must be gone once
 * the worker has been woken again by a message.
 */
export async function restartServiceWorker(session: Session, page: Page, wake: () => Promise<void>): Promise<void> {
  const before = await session.serviceWorker();
  await before.evaluate(() => {
    (globalThis as { __ngMarker?: number }).__ngMarker = 1;
  });
  const cdp = await session.context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(session.extensionId));
  if (!sw) throw new Error('no service worker target');
  await cdp.send('Target.closeTarget', { targetId: sw.targetId });
  await cdp.detach();
  await wake();
  const after = await session.serviceWorker();
  const marker = await after.evaluate(() => (globalThis as { __ngMarker?: number }).__ngMarker);
  if (marker !== undefined) throw new Error('the service worker was not restarted');
}
