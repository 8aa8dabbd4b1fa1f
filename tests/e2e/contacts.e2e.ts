import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseJurisdiction } from './extension-pages';
import { launch, serveFixture, type Session } from './harness';
import { clickActionFor } from './action-popup';
import { fixtureHtml } from '../fixtures/pages';

let s: Session;
beforeAll(async () => {
  s = await launch();
  await chooseJurisdiction(s, 'CN'); // the mainland rulebook these checks expect (a fresh en-US profile presets none)
});
afterAll(async () => {
  await s?.close();
});

describe('contact log, evidence and findings in Chromium', () => {
  it('logs a contact from the popup in 3 interactions plus typing, and the finding appears with its source', async () => {
    const popup = await s.openPage('popup.html');
    let interactions = 0;
    const click = async (selector: string) => {
      interactions += 1;
      await popup.click(selector);
    };
    // Typing: what was said (time, lender, channel and direction keep their defaults).
    await popup.fill('textarea[name="summary"]', '自称法院工作人员，说明天来抓人');
    await click('input[name="flag"][value="impersonation"]');
    await click('button[type="submit"]');
    expect(interactions).toBeLessThanOrEqual(3);
    await expect.poll(() => popup.locator('.recent-item').count()).toBe(1);
    await popup.close();

    const dash = await s.openPage('dashboard.html#/findings');
    const group = dash.locator('article[data-rule="flag-impersonation"]');
    await expect.poll(() => group.count(), { timeout: 10_000 }).toBe(1);
    const text = (await group.textContent()) ?? '';
    // The source, with its confidence shown as reported and dated (the UI language follows the browser).
    expect(text).toMatch(/金融机构个人消费类贷款催收工作指引/);
    expect(text).toMatch(/2026-01-31/);
    expect(await group.locator('[data-confidence="reported"]').count()).toBeGreaterThan(0);
    const href = await group.locator('[data-testid="prepare-complaint"]').getAttribute('href');
    // "Prepare a complaint" carries the first channel that takes complaints: for impersonation the police (110)
    // come first in the list, but the complaint goes to NFRA; 110 is named in the channel list beside it.
    expect(href).toMatch(/^#\/complaints\?channel=nfra&contacts=[\w-]+&rules=flag-impersonation$/);
    expect(text).toMatch(/报警 110|報警 110|Police 110/);
    await dash.close();
  });

  it('the open findings view follows a new contact and its delete, and opens details from the snapshot', async () => {
    const dash = await s.openPage('dashboard.html#/findings');
    await dash.waitForSelector('[data-findings-ready]');
    const group = dash.locator('article[data-rule="flag-threat"]');
    expect(await group.count()).toBe(0);

    const popup = await s.openPage('popup.html');
    await popup.fill('textarea[name="summary"]', '威胁说要上门找我家人');
    await popup.click('input[name="flag"][value="threat"]');
    await popup.click('button[type="submit"]');
    await expect.poll(() => popup.locator('.recent-item').filter({ hasText: '威胁说要上门' }).count()).toBe(1);
    await popup.close();

    // Without a reload: the write outdates the snapshot, the background recomputes, the view shows it.
    await expect.poll(() => group.count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => dash.locator('[data-findings-ready]').count()).toBe(1);
    expect(await group.locator('[data-testid="finding-count"]').textContent()).toMatch(/\b1\b/);
    await group.locator('summary').click();
    await expect.poll(() => group.locator('details').textContent()).toContain('威胁说要上门找我家人');

    const contacts = await s.openPage('dashboard.html#/contacts');
    const item = contacts.locator('li.contact-item').filter({ hasText: '威胁说要上门找我家人' });
    await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(1);
    await item.getByRole('button', { name: /删除|Delete/ }).click();
    await expect.poll(() => item.count()).toBe(0);
    await contacts.close();

    await expect.poll(() => group.count(), { timeout: 10_000 }).toBe(0);
    await dash.close();
  });

  it('the findings view opens from its own read while the background cannot answer', async () => {
    // The view races its own IndexedDB read against the background's answer (sections.ts): with the
    // worker's thread busy for a while, the page's read must show the (current) snapshot on its own.
    const warm = await s.openPage('dashboard.html#/findings');
    await warm.waitForSelector('[data-findings-ready]');
    await warm.close();
    const worker = await s.serviceWorker();
    const busyUntil = await worker.evaluate(() => {
      const end = Date.now() + 8000;
      setTimeout(() => {
        while (Date.now() < end) {
          // the worker's only thread, spinning: no message is answered until it ends
        }
      }, 0);
      return end;
    });
    const dash = await s.openPage('dashboard.html#/findings');
    await dash.waitForSelector('[data-findings-ready] article[data-rule="flag-impersonation"]', { timeout: 6000 });
    expect(Date.now()).toBeLessThan(busyUntil);
    await dash.close();
    // Let the worker finish before the next test talks to it.
    await expect.poll(() => Date.now() > busyUntil, { timeout: 10_000 }).toBe(true);
  });

  it('shows a rule with many findings a page at a time', async () => {
    const page = await s.openPage('popup.html');
    // 60 night calls written straight into IndexedDB, with a new inputs token in the same
    // transaction (what the app's middleware does), as a restore in a page would.
    await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((res, rej) => {
        const r = indexedDB.open('negotiation-guard');
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      const tx = db.transaction(['contacts', 'derived'], 'readwrite');
      const day = 86_400_000;
      const start = Date.parse('2025-01-01T23:30:00+08:00');
      for (let i = 0; i < 60; i++) {
        tx.objectStore('contacts').put({
          id: `bulk-night-${i}`,
          at: start + i * day,
          channel: 'call',
          direction: 'incoming',
          connected: true,
          person: { name: '', staffId: '', phone: '', agency: '', party: 'agency' },
          summary: `深夜来电 ${i}`,
          flags: [],
          thirdParties: '',
          tzOffsetMin: 480,
          createdAt: start,
          updatedAt: start,
        });
      }
      tx.objectStore('derived').put({ key: 'inputs-token', token: `e2e-${Date.now()}` });
      await new Promise((res, rej) => ((tx.oncomplete = res), (tx.onerror = rej)));
      db.close();
    });
    await page.close();

    const dash = await s.openPage('dashboard.html#/findings');
    const group = dash.locator('article[data-rule="night-contact"]');
    await expect.poll(() => dash.locator('[data-findings-ready]').count(), { timeout: 10_000 }).toBe(1);
    await group.locator('summary').click();
    const findings = group.locator('.finding-list > li');
    await expect.poll(() => findings.count()).toBe(50);
    const total = Number((await group.locator('[data-testid="finding-count"]').textContent())!.match(/\d+/)![0]);
    expect(total).toBeGreaterThanOrEqual(60);
    while ((await group.locator('[data-testid="more-findings"]').count()) > 0) await group.locator('[data-testid="more-findings"]').click();
    await expect.poll(() => findings.count()).toBe(total);
    // The contacts behind it: read and shown a page at a time too.
    const contactItems = group.locator('[data-testid="finding-contacts"] > li');
    await expect.poll(() => contactItems.count()).toBe(50);
    await group.locator('[data-testid="more-contacts"]').click();
    await expect.poll(() => contactItems.count()).toBeGreaterThanOrEqual(60);
    expect(await group.textContent()).toContain('深夜来电 59');
    await dash.close();
  });

  it('keeps the draft when the popup closes before saving', async () => {
    const popup = await s.openPage('popup.html');
    await popup.fill('textarea[name="summary"]', '话没说完，弹窗就关了');
    await popup.close();
    const again = await s.openPage('popup.html');
    await expect.poll(() => again.inputValue('textarea[name="summary"]')).toBe('话没说完，弹窗就关了');
    await again.fill('textarea[name="summary"]', '');
    await again.close();
  });

  it('refuses an empty record at the field and saves nothing', async () => {
    const popup = await s.openPage('popup.html');
    // Counted once the recent list is loaded (the popup may render before its first read on a slow machine).
    await popup.waitForSelector('main[data-ready]');
    const before = await popup.locator('.recent-item').count();
    await popup.fill('textarea[name="summary"]', '');
    await popup.click('button[type="submit"]');
    await expect.poll(() => popup.locator('#ql-summary-error').textContent()).toBeTruthy();
    expect(await popup.locator('.recent-item').count()).toBe(before);
    await popup.close();
  });

  it('captures the visible tab from the real action popup (activeTab) with URL, title and SHA-256', async () => {
    const url = 'https://sms.collector-fixture.example/inbox.html';
    await serveFixture(s.context, url, fixtureHtml('collector-sms.html'));
    const page = await s.context.newPage();
    await page.goto(url);
    const popup = await clickActionFor(s, page);
    await popup.evaluate(
      `new Promise((r) => { const t = setInterval(() => { const b = document.querySelector('button[name="capture"]'); if (b) { clearInterval(t); b.click(); r(true); } }, 50); })`,
    );
    const status = await popup.evaluate(
      `new Promise((r, j) => { const end = Date.now() + 10000; const t = setInterval(() => { const el = document.querySelector('[data-testid="capture-done"], .capture .error'); if (el) { clearInterval(t); r(el.textContent); } else if (Date.now() > end) { clearInterval(t); j(new Error('no capture result')); } }, 50); })`,
    );
    expect(status).toContain('催收短信记录');

    const dash = await s.openPage('dashboard.html#/evidence');
    const row = dash.locator('tr[data-evidence-id]').filter({ hasText: url });
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    expect(await row.textContent()).toContain('image/png');
    expect(await row.locator('code.hash').textContent()).toMatch(/^[0-9a-f]{64}$/);
    await row.getByRole('button', { name: /integrity|完整性/ }).click();
    await expect.poll(() => row.locator('[data-testid="integrity"]').getAttribute('class')).toBe('ok');
    await dash.close();
    await page.close();
  });
});
