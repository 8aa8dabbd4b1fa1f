import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { launch, serveFixture, type Session } from './harness';
import { fixtureHtml } from '../fixtures/pages';
import { panelSettled } from './panel-settled';
import { actUntil, clickUntil, openDrafts } from './form-helpers';
import { clickActionFor } from './action-popup';
import { rpcFromPage } from './extension-pages';

// Issue 19, item 5: the panel in its own window (panel-window.html, not web-accessible).

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

const URL = 'https://www.cca.org.cn/tsdh/window.html';
const insertSel = 'li.draft[data-field="f0"] button[aria-describedby]:not(.secondary)';
const statusSel = 'li.draft[data-field="f0"] [data-testid="draft-status"]';

async function openDocked(): Promise<{ page: Page; frame: Frame }> {
  await serveFixture(s.context, /https:\/\/www\.cca\.org\.cn\/tsdh\/(window|other)\.html/, fixtureHtml('cca-complaint.html'));
  const page = await s.context.newPage();
  await page.goto(URL);
  await expect.poll(() => page.frames().some((f) => f.url().includes('panel-frame.html')), { timeout: 15_000 }).toBe(true);
  const frame = await openDrafts(page.frames().find((f) => f.url().includes('panel-frame.html'))!);
  await frame.click('details.profile summary');
  await frame.fill('input[name="profile-name"]', 'Li Ming');
  await frame.click('details.profile button[type="submit"]');
  await expect.poll(() => frame.locator(insertSel).isEnabled(), { timeout: 10_000 }).toBe(true);
  return { page, frame };
}

const windowPage = () => s.context.pages().find((p) => p.url().includes('panel-window.html'));

/** Clicks the panel's "open in a window" until a window is there; again only after the panel answered (the guard's "wait"). */
async function openWindowFrom(page: Page, frame: Frame): Promise<Page> {
  await panelSettled(page);
  await actUntil(
    frame,
    () => frame.click('[data-action="open-window"]'),
    async () => windowPage() !== undefined,
    true,
  );
  return windowPage()!;
}

describe('the panel in its own window', () => {
  // First in this file: windows are rate-limited (one new window per 3 s), and the popup's click must not meet that limit.
  it('opens from the toolbar popup where no in-page frame may run; Insert reaches the tab; a navigated tab refuses', async () => {
    const dash = await s.openPage('dashboard.html');
    await rpcFromPage(dash, 'complaints.saveProfile', { name: 'Li Ming', phone: '13800000000', address: '' });
    await dash.close();
    // A lender's own help page: not a registry host, so the panel's iframe is not web-accessible there.
    const url = 'https://help.lender.example/complaint';
    await serveFixture(s.context, /https:\/\/help\.lender\.example\/(complaint|other)/, fixtureHtml('cca-complaint.html'));
    const page = await s.context.newPage();
    await page.goto(url);
    const popup = await clickActionFor(s, page);
    // "Show the helper here" (a real click in the popup grants activeTab), then the popup's window button.
    await popup.evaluate(
      `new Promise((r) => { const t = setInterval(() => { const b = document.querySelector('.complaint-here button'); if (b) { clearInterval(t); b.click(); r(); } }, 50); })`,
    );
    // A form was recognised, but this host gets no in-page frame: the popup offers the window.
    await popup
      .evaluate(
        `new Promise((r) => { const t = setInterval(() => { const b = document.querySelector('[data-testid="open-panel-window"]'); if (b) { clearInterval(t); b.click(); r(); } }, 50); })`,
      )
      .catch(() => undefined); // the popup closes itself once the window is open
    await expect.poll(() => windowPage() !== undefined, { timeout: 15_000 }).toBe(true);
    const win = windowPage()!;
    expect(new globalThis.URL(win.url()).pathname).toBe('/panel-window.html');
    expect(page.frames().some((f) => f.url().includes('panel-frame.html'))).toBe(false);
    await expect.poll(() => win.locator(insertSel).isEnabled(), { timeout: 15_000 }).toBe(true);
    await clickUntil(win.mainFrame(), insertSel, () => page.inputValue('input[name="name"]'), 'Li Ming');
    await page.fill('input[name="name"]', '');
    await page.goto('https://help.lender.example/other');
    const moved = /离开了打开窗口时的网页|離開了開啟視窗時的網頁|no longer shows the page the window was opened for/;
    await clickUntil(win.mainFrame(), insertSel, async () => moved.test((await win.locator(statusSel).textContent()) ?? ''), true);
    expect(await page.inputValue('input[name="name"]')).toBe('');
    await win.close();
    await page.close();
  });

  it('opens from the docked panel, shows the panel, and Insert fills the tab it was opened for', async () => {
    const { page, frame } = await openDocked();
    const win = await openWindowFrom(page, frame);
    expect(new globalThis.URL(win.url()).pathname).toBe('/panel-window.html');
    // Not "blocked": the panel itself renders, with the page's recognised fields.
    await expect.poll(() => win.locator(insertSel).isEnabled(), { timeout: 15_000 }).toBe(true);
    expect(await win.locator('.panel-header h1').count()).toBe(1);
    await page.fill('input[name="name"]', '');
    await clickUntil(win.mainFrame(), insertSel, () => page.inputValue('input[name="name"]'), 'Li Ming');
    await expect.poll(() => win.locator(statusSel).textContent()).toMatch(/已插入|Inserted|已填入/i);
    await win.close();
    await page.close();
  });

  it('refuses Insert once the tab shows another address, and says why', async () => {
    const { page, frame } = await openDocked();
    const win = await openWindowFrom(page, frame);
    await expect.poll(() => win.locator(insertSel).isEnabled(), { timeout: 15_000 }).toBe(true);
    await page.goto('https://www.cca.org.cn/tsdh/other.html');
    await expect.poll(() => page.frames().some((f) => f.url().includes('panel-frame.html')), { timeout: 15_000 }).toBe(true);
    const moved = /离开了打开窗口时的网页|離開了開啟視窗時的網頁|no longer shows the page the window was opened for/;
    await clickUntil(win.mainFrame(), insertSel, async () => moved.test((await win.locator(statusSel).textContent()) ?? ''), true);
    expect(await page.inputValue('input[name="name"]')).toBe('');
    await win.close();
    await page.close();
  });

  it('a web page cannot load the window page (it is not web-accessible)', async () => {
    const { page } = await openDocked();
    const loaded = await page.evaluate(
      (id) =>
        new Promise<string>((resolve) => {
          const f = document.createElement('iframe');
          f.src = `chrome-extension://${id}/panel-window.html`;
          f.onload = () => {
            try {
              resolve(f.contentDocument ? 'readable' : 'opaque');
            } catch {
              resolve('opaque');
            }
          };
          document.body.append(f);
        }),
      s.extensionId,
    );
    // Chromium answers a page's load of a resource that is not web-accessible with an error page:
    // no frame holds the panel's app.
    expect(loaded).toBe('opaque');
    const others = page.frames().filter((f) => f !== page.mainFrame() && !f.url().includes('panel-frame.html'));
    expect(others.length).toBeGreaterThan(0);
    for (const f of others) expect(await f.evaluate(() => document.getElementById('app') !== null).catch(() => false)).toBe(false);
    await page.close();
  });
});
