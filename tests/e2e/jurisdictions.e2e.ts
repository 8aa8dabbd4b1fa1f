import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Session } from './harness';
import { openSection, rpcFromPage } from './extension-pages';

// Issue 14 §3: a Taiwan user and a Hong Kong user each see only their own
// rules and rate lines, in every UI language; a mainland rule never shows.

let s: Session;
let page: Page;
beforeAll(async () => {
  s = await launch();
  page = await s.openPage('dashboard.html');
  await page.waitForSelector('nav a[href^="#/"]');
  // The sample data has night calls, third parties, threats and visits: every rulebook finds something.
  await rpcFromPage(page, 'sample.load', { locale: 'zh-CN', tzOffsetMin: 480 });
});
afterAll(async () => {
  await s?.close();
});

async function useLocale(locale: string) {
  // The page reloads itself on a locale change (utils/i18n/page-locale.ts). Write it from the service
  // worker and wait for that reload on the same page: closing a page while it reloads hung Chromium's
  // close (the round-1 hang of this file), and an evaluate in the reloading page loses its context.
  const changes = (await page.evaluate(() => document.documentElement.lang)) !== locale;
  const reloaded = changes ? page.waitForEvent('load') : Promise.resolve();
  const sw = await s.serviceWorker();
  await sw.evaluate(
    (l) =>
      (globalThis as unknown as { chrome: { storage: { local: { set(x: object): Promise<void> } } } }).chrome.storage.local.set({
        'ng.locale': l,
      }),
    locale,
  );
  await reloaded;
  await page.waitForSelector('nav a[href^="#/"]');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
}

async function ruleIds(): Promise<string[]> {
  await openSection(page, 'findings');
  await page.waitForSelector('[data-findings-ready]', { timeout: 15_000 });
  return page.$$eval('article[data-rule]', (as) => as.map((a) => a.getAttribute('data-rule')!));
}

async function lineIds(): Promise<string[]> {
  await page.evaluate(() => {
    location.hash = '#/agreements/true-cost';
  });
  // Scoped to the calculator: other parts of the page (banners, the charge breakdown) have inputs too.
  const calc = page.locator('section.ag-cost');
  await calc.locator('input[name="received"]').waitFor({ timeout: 10_000 });
  await calc.locator('input[name="received"]').fill('10000');
  await calc.locator('input[name="receivedOn"]').fill('2024-01-01');
  await calc.locator('fieldset input[type="date"]').first().fill('2025-01-01');
  await calc.locator('fieldset input[inputmode="decimal"]').first().fill('13000');
  await page.waitForSelector('[data-line]');
  return page.$$eval('[data-line]', (ls) => ls.map((l) => l.getAttribute('data-line')!));
}

/** The New Complaint form's channel choices, by the place each group is labelled with. */
async function channelGroups(): Promise<Record<string, string[]>> {
  await openSection(page, 'complaints');
  await page.waitForSelector('form.new-complaint select[name="channelId"] optgroup', { state: 'attached' });
  return page.$$eval('form.new-complaint select[name="channelId"] optgroup', (gs) =>
    Object.fromEntries(
      gs.map((g) => [g.getAttribute('data-jurisdiction')!, [...g.querySelectorAll('option')].map((o) => (o as HTMLOptionElement).value)]),
    ),
  );
}

const MAINLAND_TEXT = /GB\/T 45251|个人信息保护法|個人信息保護法|第七十条|第七十條|Personal Information Protection Law|\b110\b/;

describe('before the user has chosen a jurisdiction', () => {
  it('the findings and the calculator ask, and show no rule or line as the user’s', async () => {
    // A fresh install in a browser whose region is none of the three (en-US): nothing is preset.
    const region = await page.evaluate(() => navigator.languages.map((l) => new Intl.Locale(l).region ?? ''));
    expect(region.some((r) => ['CN', 'TW', 'HK'].includes(r))).toBe(false);
    await openSection(page, 'findings');
    await page.waitForSelector('[data-findings-ready]', { timeout: 15_000 });
    await page.waitForSelector('[data-testid="jurisdiction-ask"]');
    expect(await page.locator('article[data-rule]').count()).toBe(0);
    await page.evaluate(() => {
      location.hash = '#/agreements/true-cost';
    });
    const calc = page.locator('section.ag-cost');
    await calc.locator('input[name="received"]').fill('10000');
    await calc.locator('input[name="receivedOn"]').fill('2024-01-01');
    await calc.locator('fieldset input[type="date"]').first().fill('2025-01-01');
    await calc.locator('fieldset input[inputmode="decimal"]').first().fill('13000');
    await calc.locator('[data-testid="jurisdiction-ask"]').waitFor();
    expect(await page.locator('[data-line]').count()).toBe(0);
    // The New Complaint form asks too, and offers every channel only under its own place's label.
    const groups = await channelGroups();
    expect(Object.keys(groups)).toEqual(['CN', 'TW', 'HK']);
    expect(groups.TW).toEqual(['twfoi']);
    expect(groups.HK).toEqual(['hkma']);
    expect(groups.CN).toContain('nfra');
    await page.locator('form.new-complaint [data-testid="jurisdiction-ask"]').waitFor();
  });
});

for (const locale of ['zh-CN', 'zh-TW', 'en']) {
  describe(`jurisdictions in ${locale}`, () => {
    it('a Taiwan user sees only Taiwan rules and the 16 % line', async () => {
      await rpcFromPage(page, 'jurisdiction.set', { jurisdiction: 'TW' });
      await useLocale(locale);
      const ids = await ruleIds();
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids)
        expect([
          'tw-night-contact',
          'tw-third-party',
          'tw-threat',
          'tw-visit',
          'collection-despite-agreement',
          'agreement-worth-asking',
        ]).toContain(id);
      expect(ids.some((id) => id.startsWith('tw-'))).toBe(true);
      expect(await page.locator('main').textContent()).not.toMatch(
        /GB\/T 45251|个人信息保护法|個人信息保護法|Personal Information Protection Law|第七十条|第七十條/,
      );
      expect(await lineIds()).toEqual(['tw16']);
      // The line carries its fact's jurisdiction, confidence and both dates (in force 2021-07-20; checked 2026-12-01).
      const stamp = (await page.locator('[data-line="tw16"] [data-fact-stamp="tw.line.civil205"]').textContent()) ?? '';
      expect(stamp).toContain('2021-07-20');
      expect(stamp).toContain('2026-12-01');
      expect(stamp).toMatch(/台湾|臺灣|Taiwan/);
      // The New Complaint form offers Taiwan's channel only, never a mainland one.
      expect(await channelGroups()).toEqual({ TW: ['twfoi'] });
    });

    it('a Hong Kong user sees only Hong Kong rules (no 110) and the 48 % / 36 % lines', async () => {
      await rpcFromPage(page, 'jurisdiction.set', { jurisdiction: 'HK' });
      await useLocale(locale);
      const ids = await ruleIds();
      expect(ids.some((id) => id.startsWith('hk-'))).toBe(true);
      for (const id of ids)
        expect(['hk-third-party', 'hk-intimidation', 'collection-despite-agreement', 'agreement-worth-asking']).toContain(id);
      expect(await page.locator('main').textContent()).not.toMatch(MAINLAND_TEXT);
      expect(await lineIds()).toEqual(['hk48', 'hk36']);
      expect(await page.locator('[data-line="hk48"] [data-fact-stamp]').textContent()).toMatch(/香港|Hong Kong/);
      expect(await channelGroups()).toEqual({ HK: ['hkma'] });
    });
  });
}

describe('a complaint’s next steps', () => {
  it('name the mainland public platform (黑猫投诉) only for a mainland complaint, never as a Taiwan user’s', async () => {
    await rpcFromPage(page, 'jurisdiction.set', { jurisdiction: 'TW' });
    const shown = async (channelId: string, url: string) => {
      const c = (await rpcFromPage(page, 'complaints.add', { channelId, url, sentOn: '2026-11-20', contactIds: [] })) as { id: string };
      await openSection(page, 'complaints');
      await page.evaluate((id) => {
        location.hash = `#/complaints/${id}`;
      }, c.id);
      await page.waitForSelector(`[data-testid="complaint-detail"][data-complaint="${c.id}"]`);
      return page.locator('[data-testid="complaint-alongside"]').count();
    };
    expect(await shown('twfoi', 'https://www.foi.org.tw/Complaint/Apply')).toBe(0);
    // The positive control: a complaint to a mainland channel does get it.
    expect(await shown('nfra', 'https://www.nfra.gov.cn/cn/view/pages/complaint.html')).toBe(1);
  });
});

describe('the Sources page', () => {
  it('lists every fact with its confidence and both dates', async () => {
    await openSection(page, 'sources');
    const rows = await page.locator('tr[data-fact]').count();
    expect(rows).toBeGreaterThan(50);
    expect(await page.locator('tr[data-fact="tw.line.civil205"] td').nth(4).textContent()).toBe('2021-07-20');
    expect(await page.locator('tr[data-fact="tw.line.civil205"] td').nth(5).textContent()).toBe('2026-12-01');
    expect(await page.locator('tr[data-confidence="unconfirmed"]').count()).toBeGreaterThan(0);
  });
});
