import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { launch, serveFixture, type Session } from './harness';
import { fixtureHtml } from '../fixtures/pages';
import { channelById } from '../../utils/sites';
import { rpcFromPage } from './extension-pages';
import { openDrafts } from './form-helpers';

// Issue 14 §3 in the complaint panel: a Taiwan or Hong Kong user on a mainland
// channel is told it is not theirs (and no mainland rule is cited as theirs);
// with no jurisdiction chosen the panel asks instead of assuming one.

let s: Session;
let dash: Page;
beforeAll(async () => {
  s = await launch();
  dash = await s.openPage('dashboard.html');
  await dash.waitForSelector('nav a[href^="#/"]');
  // The user's own records (sample data never goes into a draft): a night call that threatened and one to the user's mother.
  const day = Date.UTC(2026, 10, 20, 15, 30); // 23:30 in Beijing
  await rpcFromPage(dash, 'contacts.add', { at: day, channel: 'call', summary: '深夜来电，威胁上门', tzOffsetMin: 480, flags: ['threat'] });
  await rpcFromPage(dash, 'contacts.add', {
    at: day + 86_400_000,
    channel: 'call',
    summary: '打给我母亲',
    tzOffsetMin: 480,
    flags: ['third-party'],
    thirdParties: '母亲',
  });
});
afterAll(async () => {
  await s?.close();
});

async function panelOn(channelId: string): Promise<{ page: Page; frame: Frame }> {
  const c = channelById(channelId)!;
  await serveFixture(s.context, c.testUrls[0]!, fixtureHtml(c.fixture));
  const page = await s.context.newPage();
  await page.goto(c.testUrls[0]!);
  await page.waitForSelector('ng-complaint-panel', { state: 'attached', timeout: 10_000 });
  await expect.poll(() => page.frames().some((f) => f.url().includes('panel-frame.html')), { timeout: 10_000 }).toBe(true);
  const frame = page.frames().find((f) => f.url().includes('panel-frame.html'))!;
  // The panel has read its context (records and the user's jurisdiction): what it shows now is final.
  await openDrafts(frame);
  await frame.waitForSelector('li.draft');
  return { page, frame };
}

/** Sets the UI language from the service worker; the dashboard reloads itself on a change, so wait for that. */
async function setLocale(locale: string) {
  const changes = (await dash.evaluate(() => document.documentElement.lang)) !== locale;
  const reloaded = changes ? dash.waitForEvent('load') : Promise.resolve();
  const sw = await s.serviceWorker();
  await sw.evaluate(
    (l) =>
      (globalThis as unknown as { chrome: { storage: { local: { set(x: object): Promise<void> } } } }).chrome.storage.local.set({
        'ng.locale': l,
      }),
    locale,
  );
  await reloaded;
  await dash.waitForSelector('nav a[href^="#/"]');
}

/** Every draft the panel offers, as the user would insert it (the text boxes' values and the cards' text). */
async function draftText(frame: Frame): Promise<string> {
  const boxes = await frame.$$eval('li.draft textarea', (ts) => ts.map((t) => (t as HTMLTextAreaElement).value));
  return [...boxes, ...(await frame.locator('li.draft').allTextContents())].join('\n');
}

const NOT_YOURS = { 'zh-CN': '不适用于你', 'zh-TW': '不適用於你', en: 'do not apply to you' } as const;
const MAINLAND_RULES =
  /GB\/T 45251|个人信息保护法|個人信息保護法|Personal Information Protection Law|第七十条|第七十條|第六十八条|第六十八條|中国银行业协会|中國銀行業協會/;

describe('the panel and the user’s jurisdiction', () => {
  it('asks when no jurisdiction is chosen, and states no rule as the user’s', async () => {
    await setLocale('en');
    const { page, frame } = await panelOn('nfra');
    await frame.waitForSelector('[data-testid="jurisdiction-ask"]');
    expect(await frame.locator('[data-testid="jurisdiction-warning"]').count()).toBe(0);
    // Nothing was checked, so no draft cites a rule.
    expect(await draftText(frame)).not.toMatch(MAINLAND_RULES);
    await page.close();
  });

  for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) {
    for (const user of ['TW', 'HK'] as const) {
      it(`${locale}: a ${user} user on the NFRA page is told the channel is a mainland one, not theirs`, async () => {
        await setLocale(locale);
        await rpcFromPage(dash, 'jurisdiction.set', { jurisdiction: user });
        const { page, frame } = await panelOn('nfra');
        const warning = frame.locator('[data-testid="jurisdiction-warning"]');
        await warning.waitFor();
        expect(await warning.getAttribute('data-channel-jurisdiction')).toBe('CN');
        expect(await warning.textContent()).toContain(NOT_YOURS[locale]);
        expect(await frame.locator('[data-testid="jurisdiction-ask"]').count()).toBe(0);
        // The drafts cite none of the mainland rules (the findings were made under the user's rulebook).
        expect(await draftText(frame)).not.toMatch(MAINLAND_RULES);
        await page.close();
      });
    }
  }

  it.each([
    ['TW', 'twfoi'],
    ['HK', 'hkma'],
    ['CN', 'nfra'],
  ] as const)('a %s user on their own channel (%s) sees no warning', async (user, channelId) => {
    await setLocale('en');
    await rpcFromPage(dash, 'jurisdiction.set', { jurisdiction: user });
    const { page, frame } = await panelOn(channelId);
    // The context is loaded (data-ready): the note would be rendered by now if it applied.
    expect(await frame.locator('[data-testid="jurisdiction-warning"], [data-testid="jurisdiction-ask"]').count()).toBe(0);
    // A mainland user's NFRA drafts do cite mainland rules: the "none cited" checks above are not vacuous.
    if (user === 'CN') expect(await draftText(frame)).toMatch(MAINLAND_RULES);
    await page.close();
  });

  const TAIWAN = { 'zh-CN': '台湾', 'zh-TW': '臺灣', en: 'Taiwan' } as const;
  for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) {
    it(`${locale}: the channel's prerequisites and hotlines carry their jurisdiction, confidence and both dates`, async () => {
      await setLocale(locale);
      await rpcFromPage(dash, 'jurisdiction.set', { jurisdiction: 'TW' });
      const { page, frame } = await panelOn('twfoi');
      const hotline = (await frame.locator('[data-hotline="0800-789-885"] [data-fact-stamp="tw.hotline.foi"]').textContent()) ?? '';
      expect(hotline).toContain(TAIWAN[locale]);
      expect(hotline).toContain('2026-12-01');
      // "What FOI will not take" is reported, with its own published date unknown: shown as such, not as the rule's text.
      const scope = (await frame.locator('[data-prereq="scope"] [data-fact-stamp="tw.foi.excluded"]').textContent()) ?? '';
      expect(scope).toContain(TAIWAN[locale]);
      expect(scope).toMatch(/据报道|據報導|as reported/);
      expect(scope).toContain('2026-12-01');
      // … and said before the user files: visible without unfolding the channel's facts.
      expect(await frame.locator('[data-testid="channel-scope"]').isVisible()).toBe(true);
      await page.close();
    });
  }
});
