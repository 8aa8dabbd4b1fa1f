import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, launch, restartServiceWorker, serveFixture, type Session } from './harness';
import { dashboardSectionIds, onboardingPage, openSection, rpcFromPage } from './extension-pages';
import { fixtureHtml } from '../fixtures/pages';
import { backgroundSettled } from './background-settled';

// The privacy promise: the extension itself never touches the network. The
// harness records every request of the extension's contexts and every e2e
// file's close() fails if one went out; this file proves the recorder sees
// such requests at all, and walks every surface once.
let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

describe('no network', () => {
  it('the recorder catches a request from an extension page and from the service worker', async () => {
    const page = await s.openPage('dashboard.html');
    await page.evaluate(() => fetch('https://example.com/ng-probe-page').catch(() => undefined));
    const sw = await s.serviceWorker();
    await sw.evaluate(() => fetch('https://example.org/ng-probe-worker').catch(() => undefined));
    await expect
      .poll(() => s.network.networkRequests().map((r) => [r.url, r.kind]))
      .toEqual(
        expect.arrayContaining([
          ['https://example.com/ng-probe-page', 'frame'],
          ['https://example.org/ng-probe-worker', 'service-worker'],
        ]),
      );
    await page.close();
    // These two were the test's own probes, not the extension's behaviour.
    s.network.clear();
  });

  it('makes no request of its own through a full walk of every surface', async () => {
    const onboarding = await onboardingPage(s);
    await onboarding.waitForSelector('[data-testid="sample-controls"] button');
    await onboarding.getByRole('button', { name: 'Load sample data' }).click();
    await expect.poll(() => onboarding.locator('[data-testid="sample-status"]').textContent()).toContain('18');

    const popup = await s.openPage('popup.html');
    await popup.fill('textarea[name="summary"]', 'walkthrough');
    await popup.locator('form button[type="submit"]').click();
    await expect.poll(() => popup.locator('.recent-item').count()).toBeGreaterThan(0);

    const dash = await s.openPage('dashboard.html');
    for (const id of await dashboardSectionIds(s)) await openSection(dash, id);

    const url = 'https://www.nfra.gov.cn/cn/view/pages/complaint.html';
    await serveFixture(s.context, url, fixtureHtml('nfra-complaint.html'));
    const site = await s.context.newPage();
    await site.goto(url);
    await site.waitForSelector('ng-complaint-panel', { state: 'attached', timeout: 10_000 });
    await expect.poll(() => site.frames().some((f) => f.url().includes('panel-frame.html'))).toBe(true);

    await restartServiceWorker(s, popup, async () => {
      await popup.reload();
    });
    await rpcFromPage(popup, 'sample.remove', {});
    // Everything the removal sets off in the background (reminders, findings, the backup counter) has run.
    await backgroundSettled(popup);

    // The recorder was listening (the pages loaded their own scripts) …
    expect(s.network.requests().length).toBeGreaterThan(10);
    expect(s.network.requests().some((r) => r.kind === 'service-worker' || r.initiator.includes('panel-frame.html'))).toBe(true);
    // … and nothing went anywhere but the extension's own package.
    expect(s.network.networkRequests()).toEqual([]);
    for (const p of [popup, dash, site]) await p.close();
  });

  it('ships no network API in the content script that runs inside web sites', () => {
    const dir = join(EXTENSION_DIR, 'content-scripts');
    for (const file of readdirSync(dir)) {
      const code = readFileSync(join(dir, file), 'utf8');
      expect(code, file).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts/);
    }
  });
});
