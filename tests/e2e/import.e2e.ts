import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chooseJurisdiction } from './extension-pages';
import { launch, type Session } from './harness';
import { axeViolations } from './axe';

// Contacts → Import in the built extension: an SMS Backup & Restore backup and
// a GB18030 CSV go through the preview into the log; the contacts, the
// findings and the day view change; the same file again adds nothing.

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/imports/${name}`, import.meta.url));
let s: Session;
beforeAll(async () => {
  s = await launch();
  await chooseJurisdiction(s, 'CN'); // the mainland rulebook these checks expect (a fresh en-US profile presets none)
});
afterAll(async () => {
  await s?.close();
});

async function openImport(): Promise<Page> {
  const page = await s.openPage('dashboard.html#/contacts');
  await page.waitForSelector('[data-contacts-ready]');
  await page.click('[data-import-open]');
  return page;
}

const results = async (page: Page) =>
  Number(/(\d+)/.exec((await page.locator('[data-contacts-ready] > p[role="status"]').first().textContent()) ?? '')?.[1] ?? -1);

async function importFile(page: Page, name: string, { mapping = false, confirmFlags = false } = {}): Promise<number> {
  await page.setInputFiles('[data-import-file]', fixture(name));
  if (mapping) {
    await page.waitForSelector('[data-import-step="mapping"]');
    await page.getByRole('button', { name: /按这个对应关系读取|Read with this mapping/ }).click();
  }
  await page.waitForSelector('[data-import-step="review"] [data-import-preview]', { timeout: 20_000 });
  const added = Number(await page.locator('[data-preview-new]').getAttribute('data-preview-new'));
  if (confirmFlags) await page.getByRole('button', { name: /全部确认|Confirm all/ }).click();
  await page.click('[data-import-confirm]');
  await page.waitForSelector('[data-import-step="done"]', { timeout: 30_000 });
  return added;
}

describe("importing the phone's call log and SMS", () => {
  it('imports an SMS Backup & Restore call log after a preview; contacts, findings and day view follow', async () => {
    const page = await openImport();
    await expect.poll(() => results(page), { timeout: 10_000 }).toBe(0);
    await page.setInputFiles('[data-import-file]', fixture('calls-20261201081542.xml'));
    await page.waitForSelector('[data-import-preview]', { timeout: 20_000 });
    const preview = (await page.locator('[data-import-preview]').textContent()) ?? '';
    expect(preview).toMatch(/2026-11/);
    // The user's own contacts are listed but left out unless picked.
    const mom = page.locator('[data-number="+8613912345678"] input[type="checkbox"]').first();
    expect(await mom.isChecked()).toBe(false);
    const added = Number(await page.locator('[data-preview-new]').getAttribute('data-preview-new'));
    expect(added).toBeGreaterThan(200);
    // Nothing is written before confirming.
    expect(await results(page)).toBe(0);
    // The open preview (numbers, flags, tables) passes axe like every other view.
    expect(await axeViolations(page)).toEqual([]);
    // Cancelling the preview leaves no trace: no contact, no file kept.
    await page
      .locator('[data-import-step="review"]')
      .getByRole('button', { name: /^(取消|Cancel)$/ })
      .click();
    await page.waitForSelector('[data-import-step="choose"]');
    expect(await page.locator('[data-import-message]').textContent()).toMatch(/什么都没有写入|nothing was written/);
    expect(await results(page)).toBe(0);
    expect(await page.locator('.import-list').count()).toBe(0);
    await page.setInputFiles('[data-import-file]', fixture('calls-20261201081542.xml'));
    await page.waitForSelector('[data-import-step="review"] [data-import-preview]', { timeout: 20_000 });
    await page.click('[data-import-confirm]');
    await page.waitForSelector('[data-import-step="done"]', { timeout: 30_000 });
    await expect.poll(() => results(page), { timeout: 15_000 }).toBe(added);
    await expect.poll(() => page.locator('.import-list li').count()).toBe(1);
    expect(await page.locator('.import-list').textContent()).toMatch(/calls-20261201081542\.xml[\s\S]*[0-9a-f]{64}/);

    // Each imported contact says which file it came from and where, and the kept original is one click away.
    const source = page.locator('.contact-item [data-import-source]').first();
    await expect.poll(() => source.textContent(), { timeout: 10_000 }).toMatch(/calls-20261201081542\.xml/);
    expect(await source.textContent()).toMatch(/(第 \d+ 条，第 \d+ 行|record \d+, line \d+)/);
    const [download] = await Promise.all([page.waitForEvent('download'), source.getByRole('button').click()]);
    expect(download.suggestedFilename()).toBe('calls-20261201081542.xml');
    const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
    expect(sha((await download.path())!)).toBe(sha(fixture('calls-20261201081542.xml')));

    // The day view opens on the busiest day: 3 November, 23 calls from 7 numbers.
    const sentence = page.locator('[data-day-sentence]');
    await expect.poll(() => sentence.textContent(), { timeout: 10_000 }).toMatch(/(11月3日|3\/11)/);
    expect(await sentence.textContent()).toMatch(/(7 个号码来电 23 次|23 calls from 7 numbers)/);

    const findings = await s.openPage('dashboard.html#/findings');
    await expect.poll(() => findings.locator('article[data-rule="too-many-connected-calls"]').count(), { timeout: 20_000 }).toBe(1);
    await findings.close();
    await page.close();
  });

  it('imports SMS with confirmed flag suggestions, and a GB18030 CSV through the column mapping', async () => {
    const page = await openImport();
    await expect.poll(() => results(page), { timeout: 15_000 }).toBeGreaterThan(0);
    const before = await results(page);
    const sms = await importFile(page, 'sms-20261201081542.xml', { confirmFlags: true });
    await expect.poll(() => results(page), { timeout: 15_000 }).toBe(before + sms);
    const findings = await s.openPage('dashboard.html#/findings');
    await expect.poll(() => findings.locator('article[data-rule="flag-threat"]').count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => findings.locator('article[data-rule="flag-impersonation"]').count(), { timeout: 20_000 }).toBe(1);
    await findings.close();

    await page.setInputFiles('[data-import-file]', fixture('calls-gb18030.csv'));
    await page.waitForSelector('[data-import-step="mapping"]');
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.locator('[data-import-encoding]').textContent()).toMatch(/GB18030/);
    expect(await page.locator('.import-sample').textContent()).toMatch(/通话时间/);
    await page.getByRole('button', { name: /按这个对应关系读取|Read with this mapping/ }).click();
    await page.waitForSelector('[data-import-preview]', { timeout: 20_000 });
    const csv = Number(await page.locator('[data-preview-new]').getAttribute('data-preview-new'));
    expect(csv).toBe(54); // 60 rows, 6 of them the user's mother
    await page.click('[data-import-confirm]');
    await page.waitForSelector('[data-import-step="done"]');
    await expect.poll(() => results(page), { timeout: 15_000 }).toBe(before + sms + csv);
    await page.close();
  });

  it('searches and filters the imported log through the contact index, a page of contacts at a time', async () => {
    const page = await s.openPage('dashboard.html#/contacts');
    await page.waitForSelector('[data-contacts-ready]');
    await expect.poll(() => results(page), { timeout: 15_000 }).toBeGreaterThan(300);
    const all = await results(page);
    const search = async (q: string) => {
      await page.fill('input[name="search"]', q);
      await page.waitForSelector(`[data-results-for="${q}"]`, { state: 'attached', timeout: 10_000 });
      return results(page);
    };
    // A number typed with separators finds that number's calls and SMS (33 calls in the file).
    const byNumber = await search('175 1234 5678');
    expect(byNumber).toBeGreaterThanOrEqual(33);
    expect(byNumber).toBeLessThan(all);
    const items = page.locator('.contact-item');
    expect(await items.count()).toBe(Math.min(byNumber, 50));
    for (const text of await items.allTextContents()) expect(text.replace(/\D/g, '')).toContain('17512345678');
    // With a filter on top: only its SMS.
    await page.selectOption('select[name="filter-channel"]', 'sms');
    await page.waitForSelector('[data-results-for="175 1234 5678"]', { state: 'attached' });
    await expect.poll(() => results(page)).toBeLessThan(byNumber);
    await page.selectOption('select[name="filter-channel"]', '');
    // Traditional script finds the simplified SMS text, and a word nobody wrote finds nothing.
    expect(await search('緊急聯繫人')).toBe(await search('紧急联系人'));
    expect(await search('紧急联系人')).toBeGreaterThan(0);
    expect(await search('不存在的词语')).toBe(0);
    expect(await items.count()).toBe(0);
    expect(await search('')).toBe(all);
    await page.close();
  });

  it('adds nothing when the same file is imported again', async () => {
    const page = await openImport();
    await expect.poll(() => results(page), { timeout: 15_000 }).toBeGreaterThan(0);
    const before = await results(page);
    const added = await importFile(page, 'calls-20261201081542.xml');
    expect(added).toBe(0);
    expect(await page.locator('[data-import-message]').textContent()).toMatch(/没有新增|nothing was added/);
    expect(await page.locator('[data-preview-duplicates]').count()).toBe(0);
    await page.reload();
    await page.waitForSelector('[data-contacts-ready]');
    await expect.poll(() => results(page), { timeout: 15_000 }).toBe(before);
    await page.close();
    // The report lists each imported file with its SHA-256, once.
    const report = await s.openPage('report.html');
    const part = report.locator('[data-testid="report-imports"] li');
    await expect.poll(() => part.count(), { timeout: 10_000 }).toBe(3);
    expect(await report.locator('[data-testid="report-imports"]').textContent()).toMatch(/calls-20261201081542\.xml[^]*[0-9a-f]{64}/);
    await report.close();
  });
});
