import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page, Worker } from 'playwright-core';
import { launch, serveFixture, type Session } from './harness';
import { fixtureHtml } from '../fixtures/pages';
import { rpcFromPage } from './extension-pages';
import { panelFrameOf } from './form-helpers';

// Staged loading: on a complaint site, the docked panel holds only the checklist's summary until the user opens the drafts.
let s: Session;
const SECRET = '深夜来电，威胁上门到我单位';
const NAME = '王秘密';
beforeAll(async () => {
  s = await launch();
  const dash = await s.openPage('dashboard.html');
  await dash.waitForSelector('nav a[href^="#/"]');
  await rpcFromPage(dash, 'contacts.add', { at: Date.UTC(2026, 10, 20, 15, 30), channel: 'call', summary: SECRET, tzOffsetMin: 480 });
  await rpcFromPage(dash, 'contacts.add', { at: Date.UTC(2026, 10, 21, 2, 0), channel: 'sms', summary: '短信催收', tzOffsetMin: 480 });
  await dash.close();
});
afterAll(async () => {
  await s?.close();
});

/** Every RPC method the docked panel frame (not an inline menu) asks the background for, in order, seen by the worker itself. */
async function spyPanelRequests(sw: Worker): Promise<() => Promise<string[]>> {
  await sw.evaluate(() => {
    const g = globalThis as unknown as { __panelAsked: string[]; chrome: { runtime: { onMessage: { addListener(f: unknown): void } } } };
    g.__panelAsked = [];
    // Returns nothing: the extension's own listener answers; this one only notes the request.
    g.chrome.runtime.onMessage.addListener((m: { method?: string }, sender: { url?: string }) => {
      if (sender.url?.includes('panel-frame.html') && !sender.url.includes('field=')) g.__panelAsked.push(String(m.method));
    });
  });
  return () => sw.evaluate(() => (globalThis as unknown as { __panelAsked: string[] }).__panelAsked);
}

const frameText = (page: Page) =>
  panelFrameOf(page)!.evaluate(() =>
    [document.body.innerText, ...[...document.querySelectorAll('textarea, input')].map((e) => (e as HTMLInputElement).value)].join('\n'),
  );

/** Opens a fixture complaint page at `url` and returns its docked panel frame once the summary has arrived. */
async function openStaged(url: string): Promise<{ page: Page; frame: Frame }> {
  await serveFixture(s.context, url, fixtureHtml('cca-complaint.html'));
  const page = await s.context.newPage();
  await page.goto(url);
  await expect.poll(() => panelFrameOf(page) !== undefined, { timeout: 15_000 }).toBe(true);
  const frame = panelFrameOf(page)!;
  await frame.waitForSelector('main[data-ready]', { timeout: 15_000 });
  return { page, frame };
}

describe('staged loading in the docked panel', () => {
  it('asks only for the summary until the drafts are opened, then for the records', async () => {
    const asked = await spyPanelRequests(await s.serviceWorker());
    // The summary has arrived (data-ready) and the checklist counts the two contacts.
    const { page, frame } = await openStaged('https://www.cca.org.cn/tsdh/staged.html');
    await expect.poll(() => frame.locator('[data-testid="contact-count"]').textContent()).toMatch(/2/);
    expect(await frame.locator('[data-testid="checklist"] li[data-item="chronology"]').getAttribute('data-ok')).toBe('true');
    expect(await asked()).toContain('panel.overview');
    expect(await asked()).not.toContain('panel.context');
    expect(await frame.locator('main[data-drafts], li.draft, input[name="profile-name"]').count()).toBe(0);
    expect(await frameText(page)).not.toContain(SECRET);

    // The user opens the drafts: now, and only now, the records come.
    await frame.click('[data-action="open-drafts"]');
    await frame.waitForSelector('main[data-drafts] li.draft', { timeout: 15_000 });
    expect(await asked()).toContain('panel.context');
    expect(await frame.locator('input[name="profile-name"]').count()).toBe(1);
    await page.close();
  });

  it('a new agreement choice asks for that choice’s summary, still without the records', async () => {
    const asked = await spyPanelRequests(await s.serviceWorker());
    const dash = await s.openPage('dashboard.html');
    await rpcFromPage(dash, 'complaints.saveProfile', { name: NAME, phone: '13700000000', address: '' });
    const a = await rpcFromPage<{ id: string; lenderId: string }>(dash, 'agreements.add', {
      lender: { name: '我的贷款方', kind: 'platform' },
      negotiatedOn: '2026-10-01',
      terms: { totalToRepayFen: 500_00 },
    });
    await rpcFromPage(dash, 'contacts.add', {
      at: Date.UTC(2026, 10, 1, 2, 0),
      channel: 'call',
      summary: '协议后又来电',
      lenderId: a.lenderId,
      agreementId: a.id,
      tzOffsetMin: 480,
    });
    await dash.close();
    const { page, frame } = await openStaged('https://www.cca.org.cn/tsdh/staged-2.html');
    const before = (await asked()).filter((m) => m === 'panel.overview').length;
    // The agreement is the default choice; the user picks "no agreement".
    await expect.poll(() => frame.inputValue('select[name="agreement"]')).toBe(a.id);
    expect(await frame.locator('[data-testid="checklist"] li[data-item="agreement"]').getAttribute('data-ok')).toBe('true');
    await frame.selectOption('select[name="agreement"]', '');
    await expect.poll(() => frame.locator('[data-testid="checklist"] li[data-item="agreement"]').getAttribute('data-ok')).toBe('false');
    await expect.poll(async () => (await asked()).filter((m) => m === 'panel.overview').length).toBeGreaterThan(before);
    expect(await asked()).not.toContain('panel.context');
    expect(await frameText(page)).not.toContain(NAME);
    await page.close();
  });
});
