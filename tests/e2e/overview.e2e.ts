import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from './harness';
import { openSection, rpcFromPage, chooseJurisdiction } from './extension-pages';
import { addDays } from '../../utils/domain/plan/iso-date';
import { localIsoDate } from '../../utils/domain/time/wall-clock';

let s: Session;
beforeAll(async () => {
  s = await launch();
  await chooseJurisdiction(s, 'CN'); // the mainland rulebook these checks expect (a fresh en-US profile presets none)
});
afterAll(async () => {
  await s?.close();
});

const today = localIsoDate(Date.now());

describe('the overview answers "what do I need to do now?"', () => {
  it('first run: teaches the two first steps, each with its action', async () => {
    const dash = await s.openPage('dashboard.html');
    await openSection(dash, 'home');
    await dash.waitForSelector('[data-testid="first-steps"]');
    expect(await dash.locator('[data-testid="step-agreement"] a').getAttribute('href')).toBe('#/agreements/new');
    expect(await dash.locator('[data-testid="step-contact"] a').getAttribute('href')).toBe('/popup.html');
    expect(await dash.locator('[data-testid="today-clear"]').count()).toBe(0);
    await dash.close();
  });

  it('lists the overdue and the next instalment, with one primary action each, live', async () => {
    const dash = await s.openPage('dashboard.html');
    await openSection(dash, 'home');
    const a = await rpcFromPage<{ id: string }>(dash, 'agreements.add', {
      lender: { name: '某某小贷', kind: 'platform' },
      negotiatedOn: addDays(today, -40),
      terms: { totalToRepayFen: 300_00 },
    });
    await rpcFromPage(dash, 'installments.savePlan', {
      agreementId: a.id,
      rows: [
        { dueDate: addDays(today, -10), amountFen: 100_00 },
        { dueDate: addDays(today, 5), amountFen: 100_00 },
        { dueDate: addDays(today, 60), amountFen: 100_00 },
      ],
    });
    const overdue = dash.locator('[data-testid="today-overdue"] li');
    await expect.poll(() => overdue.count(), { timeout: 10_000 }).toBe(1);
    expect(await overdue.textContent()).toContain(addDays(today, -10));
    expect(await overdue.locator('a').getAttribute('href')).toMatch(new RegExp(`^#/agreements/${a.id}\\?installment=`));
    const next = dash.locator('[data-testid="today-next"] li');
    expect(await next.count()).toBe(1);
    expect(await next.textContent()).toContain(addDays(today, 5));
    // The agreement step is done; the contact step is still there.
    expect(await dash.locator('[data-testid="step-agreement"]').count()).toBe(0);
    expect(await dash.locator('[data-testid="step-contact"]').count()).toBe(1);
    await dash.close();
  });

  it('lists a complaint whose answer is overdue, by its channel’s name', async () => {
    const dash = await s.openPage('dashboard.html');
    await openSection(dash, 'home');
    // PBOC: 10 working days to accept, then 30 days to answer; one sent 60 days ago is past its answer date.
    await rpcFromPage(dash, 'complaints.add', {
      channelId: 'pboc',
      url: 'https://www.pbc.gov.cn/',
      status: 'submitted',
      sentOn: addDays(today, -60),
      contactIds: [],
    });
    const answers = dash.locator('[data-testid="today-answers"] li');
    await expect.poll(() => answers.count(), { timeout: 10_000 }).toBe(1);
    expect(await answers.textContent()).toContain("People's Bank of China (12363 / credit reports)");
    await dash.close();
  });

  it('shows new findings since the last visit once', async () => {
    const dash = await s.openPage('dashboard.html');
    await openSection(dash, 'home');
    // Yesterday at 12:00 UTC (20:00 in Beijing, Taipei and Hong Kong): never a night call, whatever time the test runs,
    // so the threat is the one new finding (a contact a minute ago made a second one, night calls, from 22:00 UTC).
    const noonYesterday = Math.floor(Date.now() / 86_400_000) * 86_400_000 - 12 * 3_600_000;
    await rpcFromPage(dash, 'contacts.add', { at: noonYesterday, channel: 'call', summary: '威胁', flags: ['threat'] });
    const findings = dash.locator('[data-testid="today-findings"] li');
    await expect.poll(() => findings.count(), { timeout: 15_000 }).toBe(1);
    await dash.close();
    // Seen: a new visit does not show it again.
    const again = await s.openPage('dashboard.html');
    await openSection(again, 'home');
    await again.waitForSelector('[data-testid="home-contact-count"]');
    await expect.poll(() => again.locator('[data-testid="today-overdue"]').count()).toBe(1);
    expect(await again.locator('[data-testid="today-findings"]').count()).toBe(0);
    await again.close();
  });
});
