import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, serveFixture, type Session } from './harness';
import { openSection, rpcFromPage } from './extension-pages';
import { dumpDb } from './db-dump';
import { panelFrame } from './form-helpers';
import { fixtureHtml } from '../fixtures/pages';
import { channelById } from '../../utils/sites';

// Issue 16, item 5, in the built extension: while the sample data is loaded
// every page says so; the user's own records never point at sample ones; a
// complaint draft and a report about the user's own records carry no sample
// row; removing the samples leaves every real record exactly as it was.

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

const isSample = (id: unknown) => typeof id === 'string' && id.startsWith('sample-');
const SAMPLE_TEXT = /示例|範例|\[Sample\]/u;
const REAL_TABLES = ['lenders', 'agreements', 'installments', 'contacts', 'evidence', 'complaints'] as const;

/** The user's own rows of every record table, as stored. */
async function ownRows(page: Page): Promise<Record<string, unknown[]>> {
  const dump = await dumpDb(page);
  return Object.fromEntries(REAL_TABLES.map((t) => [t, (dump[t] ?? []).filter((r) => !isSample((r as { id: string }).id))]));
}

async function popup(): Promise<Page> {
  const page = await s.openPage('popup.html');
  await page.waitForSelector('main[data-ready]');
  return page;
}

describe("sample data never mixes with the user's own records", () => {
  it('once loaded from Settings, the dashboard, the popup and the report say so', async () => {
    const dash = await s.openPage('dashboard.html');
    await openSection(dash, 'settings');
    await dash.locator('[data-testid="sample-controls"] button').first().click();
    await dash.waitForSelector('[data-testid="sample-banner"]');
    expect(await dash.locator('[data-testid="sample-banner"]').textContent()).toMatch(/示例|Sample/u);
    // Every section keeps the banner (it sits above the sections).
    await openSection(dash, 'contacts');
    expect(await dash.locator('[data-testid="sample-banner"]').count()).toBe(1);

    const pop = await popup();
    await pop.waitForSelector('[data-testid="sample-banner"]');
    await pop.close();

    // Nothing of the user's own yet: the report shows the samples, and says they cannot be used.
    const report = await s.openPage('report.html');
    await report.waitForSelector('[data-testid="report-sample"]');
    await report.close();
    await dash.close();
  });

  it("the popup offers no sample lender, and a call logged there is the user's own", async () => {
    const pop = await popup();
    const options = await pop.locator('select[name="lender"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(options.filter(isSample)).toEqual([]);
    expect(isSample(await pop.inputValue('select[name="lender"]'))).toBe(false);
    await pop.fill('textarea[name="summary"]', '我自己记的一次来电');
    await pop.click('button[type="submit"]');
    await expect
      .poll(async () => ((await ownRows(pop)).contacts as { summary: string }[]).map((c) => c.summary))
      .toContain('我自己记的一次来电');
    const own = (await ownRows(pop)).contacts as { lenderId?: string; agreementId?: string }[];
    for (const c of own) {
      expect(isSample(c.lenderId)).toBe(false);
      expect(isSample(c.agreementId)).toBe(false);
    }
    await pop.close();
  });

  it("a complaint draft and a report about the user's own agreement carry no sample row", async () => {
    const dash = await s.openPage('dashboard.html');
    const a = await rpcFromPage<{ id: string; lenderId: string }>(dash, 'agreements.add', {
      lender: { name: '我的贷款方', kind: 'platform' },
      negotiatedOn: '2026-10-01',
      terms: { totalToRepayFen: 500_00 },
    });
    await rpcFromPage(dash, 'contacts.add', {
      at: Date.UTC(2026, 9, 20, 2, 0),
      channel: 'call',
      summary: '协议后又打来，说要上门',
      lenderId: a.lenderId,
      agreementId: a.id,
      flags: ['threat'],
    });
    await dash.close();

    const nfra = channelById('nfra')!;
    const url = nfra.testUrls[0]!;
    await serveFixture(s.context, url, fixtureHtml(nfra.fixture));
    const page = await s.context.newPage();
    await page.goto(url);
    const frame = await panelFrame(page);
    await frame.waitForSelector('main[data-ready] li.draft[data-section="facts"]');
    // The user's own agreement is chosen, though the sample one is newer.
    expect(await frame.inputValue('select[name="agreement"]')).toBe(a.id);
    const texts = await frame.locator('[data-testid="draft-text"]').evaluateAll((ts) => ts.map((t) => (t as HTMLTextAreaElement).value));
    expect(texts.join('\n')).toContain('说要上门');
    expect(texts.join('\n')).not.toMatch(SAMPLE_TEXT);
    await page.close();

    const report = await s.openPage('report.html');
    await report.waitForSelector('[data-testid="report-own-only"]');
    expect(await report.locator('[data-testid="report-sample"]').count()).toBe(0);
    expect(await report.locator('main').textContent()).toContain('说要上门');
    expect(await report.locator('main').textContent()).not.toMatch(SAMPLE_TEXT);
    await report.close();
  });

  it('removing the samples from the banner leaves every real record exactly as it was', async () => {
    const dash = await s.openPage('dashboard.html');
    await openSection(dash, 'home');
    const before = await ownRows(dash);
    expect((before.contacts ?? []).length).toBeGreaterThanOrEqual(2);
    expect((await dumpDb(dash)).contacts!.some((c) => isSample((c as { id: string }).id))).toBe(true);
    await dash.click('[data-testid="sample-banner-remove"]');
    await dash.waitForSelector('[data-testid="sample-banner"]', { state: 'detached' });
    const after = await dumpDb(dash);
    for (const t of REAL_TABLES)
      expect(
        (after[t] ?? []).filter((r) => isSample((r as { id: string }).id)),
        t,
      ).toEqual([]);
    expect(await ownRows(dash)).toEqual(before);
    await dash.close();
  });
});
