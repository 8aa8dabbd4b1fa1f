import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Session } from './harness';
import { rpcFromPage, chooseJurisdiction } from './extension-pages';
import { compareWithReference, updating } from './visual-compare';
import { backgroundSettled } from './background-settled';

// Visual references: every page in both themes, compared with the committed
// images in tests/e2e/visual/ (small tolerance, see visual-compare.ts), so a
// layout regression fails here. `npm run visual:update` rewrites them.
// The pages' clock is fixed and the records have fixed dates, so the images
// do not change from one day to the next.

let s: Session;
const NOW = new Date('2026-11-22T02:00:00Z');
const at = (iso: string) => Date.parse(iso);

beforeAll(async () => {
  s = await launch();
  await chooseJurisdiction(s, 'CN'); // the mainland rulebook these checks expect (a fresh en-US profile presets none)
  // Not the overview: it would note the findings as seen while they arrive (a race); its shot is a first visit.
  const page = await s.openPage('dashboard.html#/settings');
  const a = await rpcFromPage<{ id: string; lenderId: string }>(page, 'agreements.add', {
    lender: { catalogId: 'didi-juduoduo' },
    negotiatedOn: '2026-11-01',
    product: '借款',
    accountRef: '1234',
    lenderRef: 'JDD-2026-001',
    terms: { owedBeforeFen: 1_200_000, totalToRepayFen: 900_000 },
  });
  await rpcFromPage(page, 'installments.savePlan', {
    agreementId: a.id,
    rows: [
      { dueDate: '2026-11-15', amountFen: 300_000 },
      { dueDate: '2026-12-15', amountFen: 300_000 },
      { dueDate: '2027-01-15', amountFen: 300_000 },
    ],
  });
  const contacts = [
    { at: at('2026-11-05T14:30:00Z'), channel: 'call', summary: '说再不还就联系我单位', flags: ['threat'] },
    { at: at('2026-11-06T15:10:00Z'), channel: 'missed-call', connected: false, summary: '' },
    { at: at('2026-11-12T03:00:00Z'), channel: 'sms', summary: '【催收】请于今日处理欠款' },
    { at: at('2026-11-18T06:20:00Z'), channel: 'call', summary: '打给我妈妈说我欠钱', flags: ['third-party'], thirdParties: '母亲' },
  ];
  for (const c of contacts) {
    await rpcFromPage(page, 'contacts.add', {
      ...c,
      lenderId: a.lenderId,
      tzOffsetMin: 480,
      person: { name: '王先生', staffId: 'A-0001', agency: '某某资产管理' },
    });
  }
  // Every shot shows the settled state: the findings snapshot and reminders computed from these writes.
  await backgroundSettled(page);
  await page.close();
});
afterAll(async () => {
  await s?.close();
});

interface Shot {
  name: string;
  path: string;
  width: number;
  height: number;
  /** What says the page has drawn its data. */
  ready: string;
}

const SHOTS: Shot[] = [
  { name: 'popup', path: 'popup.html', width: 380, height: 600, ready: 'main[data-ready] .recent-item' },
  // The first visit after the setup's writes: the overdue instalment and every finding, new.
  {
    name: 'dashboard-home',
    path: 'dashboard.html#/home',
    width: 1000,
    height: 800,
    ready: '[data-testid="today-overdue"] ~ [data-testid="today-findings"]',
  },
  { name: 'dashboard-contacts', path: 'dashboard.html#/contacts', width: 1000, height: 800, ready: '.timeline .contact-item' },
  {
    name: 'dashboard-agreements',
    path: 'dashboard.html#/agreements',
    width: 1000,
    height: 800,
    ready: 'main[data-section="agreements"] a[href^="#/agreements/"]',
  },
  { name: 'dashboard-findings', path: 'dashboard.html#/findings', width: 1000, height: 800, ready: '[data-findings-ready] article' },
  {
    name: 'dashboard-patterns',
    path: 'dashboard.html#/patterns',
    width: 1000,
    height: 800,
    ready: '[data-testid="pattern-svg"] rect.cell',
  },
  { name: 'dashboard-settings', path: 'dashboard.html#/settings', width: 1000, height: 800, ready: '[data-testid="delete-all-start"]' },
  { name: 'onboarding', path: 'onboarding.html', width: 1000, height: 800, ready: '[data-testid="sample-status"]:not(:empty)' },
  { name: 'report', path: 'report.html', width: 1000, height: 800, ready: '[data-testid="report-contacts"] table' },
];

async function shoot(shot: Shot, scheme: 'light' | 'dark'): Promise<Buffer> {
  const page: Page = await s.context.newPage();
  await page.clock.setFixedTime(NOW);
  // Every overview shot is a first visit: what an earlier visit noted as seen ("new since your last visit") is cleared.
  await page.addInitScript(() => localStorage.removeItem('ng.home.seenFindings'));
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  await page.setViewportSize({ width: shot.width, height: shot.height });
  await page.goto(`chrome-extension://${s.extensionId}/${shot.path}`);
  // An earlier shot's page may have moved a token (the popup, the overview's visit): each shot waits for the
  // background to act on it, so the page shows the settled state, not one half-way through a recompute.
  await backgroundSettled(page);
  await page.waitForSelector(shot.ready, { timeout: 15_000 });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const png = await page.screenshot({ fullPage: shot.name !== 'popup', animations: 'disabled', caret: 'hide' });
  await page.close();
  return png;
}

describe('visual references (both themes)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const shot of SHOTS) {
      it(`${shot.name} (${scheme})${updating() ? ' — updating the reference' : ''}`, async () => {
        const result = compareWithReference(`${shot.name}-${scheme}`, await shoot(shot, scheme));
        expect(result.ok, result.message).toBe(true);
      });
    }
  }
});
