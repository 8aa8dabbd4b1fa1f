import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, launch, serveFixture, restartServiceWorker, type Session } from './harness';
import { fixtureHtml } from '../fixtures/pages';

let s: Session;

/** The panel's iframe gets its address a moment after the host element appears. */
async function panelFrameOf(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().includes('panel-frame.html')), { timeout: 10_000 }).toBe(true);
  return page.frames().find((f) => f.url().includes('panel-frame.html'))!;
}
/**
 * Records the JavaScript worlds our extension's scripts get in a page (a
 * content script runs in an isolated world named after the extension).
 * The returned function flushes the DevTools session (its replies come after
 * every event sent before them) and gives the worlds seen so far.
 */
async function extensionWorlds(page: Page): Promise<() => Promise<string[]>> {
  const cdp = await s.context.newCDPSession(page);
  const seen: string[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin.includes(s.extensionId) || context.name.includes(s.extensionId)) seen.push(`${context.name} ${context.origin}`);
  });
  await cdp.send('Runtime.enable');
  return async () => {
    await cdp.send('Runtime.evaluate', { expression: '0' });
    return [...seen];
  };
}

beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

describe('foundation wiring in Chromium', () => {
  it('keeps a popup note across popup close/reopen and a service-worker restart', async () => {
    const popup = await s.openPage('popup.html');
    await popup.fill('input[name="who"]', '张催收 工号 A123');
    await popup.fill('textarea[name="summary"]', '说今天不还就上门');
    await popup.click('button[type="submit"]');
    await expect.poll(() => popup.locator('.recent-item').count()).toBe(1);
    await popup.close();

    const again = await s.openPage('popup.html');
    await expect.poll(() => again.locator('.recent-item').first().textContent()).toContain('说今天不还就上门');

    await restartServiceWorker(s, again, async () => {
      await again.reload();
    });
    await expect.poll(() => again.locator('.recent-item').first().textContent()).toContain('张催收 工号 A123');
    await again.close();
  });

  it('shows the panel on a registry complaint page, with a count from the database', async () => {
    const url = 'https://www.nfra.gov.cn/cn/view/pages/complaint.html';
    await serveFixture(s.context, url, fixtureHtml('nfra-complaint.html'));
    const page = await s.context.newPage();
    await page.goto(url);
    await page.waitForSelector('ng-complaint-panel', { state: 'attached', timeout: 10_000 });
    const frame = await panelFrameOf(page);
    await expect.poll(async () => frame.locator('[data-testid="contact-count"]').textContent()).toMatch(/1/);
    await page.close();
  });

  it('shows nothing on an unrelated site, even one with a complaint-like form', async () => {
    const url = 'https://example.com/complaint';
    await serveFixture(s.context, url, fixtureHtml('unrelated.html'));
    const page = await s.context.newPage();
    const worlds = await extensionWorlds(page);
    await page.goto(url);
    // The real signal that the background has decided about this tab: it handles tab updates in
    // the order they come, so once it has injected into a registry page loaded after this one
    // (and that page shows its panel), this page's own 'complete' update was handled before.
    const later = await s.context.newPage();
    const laterWorlds = await extensionWorlds(later);
    const registry = 'https://www.nfra.gov.cn/cn/view/pages/complaint.html';
    await serveFixture(s.context, registry, fixtureHtml('nfra-complaint.html'));
    await later.goto(registry);
    await later.waitForSelector('ng-complaint-panel', { state: 'attached', timeout: 10_000 });
    // The detector sees our script's world on the registry page (so it would see one here).
    expect((await laterWorlds()).length).toBeGreaterThan(0);
    expect(await worlds()).toEqual([]);
    expect(await page.locator('ng-complaint-panel').count()).toBe(0);
    expect(page.frames().some((f) => f.url().startsWith('chrome-extension://'))).toBe(false);
    await later.close();
    await page.close();
  });

  it('gives a hostile page no way into the panel, even with a patched attachShadow', async () => {
    const url = 'https://www.nfra.gov.cn/hostile.html';
    const html = fixtureHtml('nfra-complaint.html').replace(
      '<head>',
      `<head><script>
        window.__captured = [];
        const orig = Element.prototype.attachShadow;
        Element.prototype.attachShadow = function (init) {
          const root = orig.call(this, Object.assign({}, init, { mode: 'open' }));
          window.__captured.push(root);
          return root;
        };
      </script>`,
    );
    await serveFixture(s.context, url, html);
    const page = await s.context.newPage();
    await page.goto(url);
    await page.waitForSelector('ng-complaint-panel', { state: 'attached', timeout: 10_000 });
    const frame = await panelFrameOf(page);
    await expect.poll(() => frame.locator('[data-testid="contact-count"]').count()).toBe(1);
    const seen = await page.evaluate(() => {
      const host = document.querySelector('ng-complaint-panel')!;
      const w = window as unknown as { __captured: ShadowRoot[] };
      let frameText: string | null = null;
      try {
        const f = document.querySelector('iframe');
        frameText = f?.contentDocument?.body?.textContent ?? null;
      } catch {
        frameText = null;
      }
      return {
        shadowRoot: host.shadowRoot,
        captured: w.__captured.length,
        iframesVisibleToPage: document.querySelectorAll('iframe').length,
        frameText,
        hostText: host.textContent,
      };
    });
    expect(seen).toEqual({ shadowRoot: null, captured: 0, iframesVisibleToPage: 0, frameText: null, hostText: '' });
    await page.close();
  });

  // scripts/page-builds.ts: a page whose first screen waited for several shared chunks opened ~17 ms later.
  it('gives every extension page one script of ours to load before its first screen', () => {
    const pages = readdirSync(EXTENSION_DIR).filter((f) => f.endsWith('.html'));
    expect(pages).toEqual(expect.arrayContaining(['popup.html', 'dashboard.html', 'panel-frame.html', 'report.html']));
    for (const file of pages) {
      const html = readFileSync(join(EXTENSION_DIR, file), 'utf8');
      const scripts = html.match(/<script\b[^>]*\bsrc=/g) ?? [];
      const preloads = html.match(/rel="modulepreload"/g) ?? [];
      expect({ file, scripts: scripts.length, preloads: preloads.length }).toEqual({ file, scripts: 1, preloads: 0 });
    }
  });

  it('never bundles the database layer into the content script', () => {
    const dir = join(EXTENSION_DIR, 'content-scripts');
    for (const file of readdirSync(dir)) {
      const code = readFileSync(join(dir, file), 'utf8');
      expect(code).not.toMatch(/indexedDB|Dexie/);
    }
  });
});
