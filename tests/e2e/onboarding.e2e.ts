import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Session } from './harness';
import { onboardingPage, openSection } from './extension-pages';

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

const homeCount = (page: Page) => page.locator('[data-testid="home-contact-count"]').textContent();

describe('first run', () => {
  it('opens the welcome page on install, saying what it does, where data stays and how to back up', async () => {
    const page = await onboardingPage(s);
    await page.waitForSelector('h1');
    // Headless Chromium's language is English, so the page follows it.
    expect(await page.locator('h1').textContent()).toBe('Welcome to Negotiation Guard');
    const text = await page.locator('main').textContent();
    expect(text).toContain('Your data stays on this device');
    expect(text).toContain('Remember to back up');
    expect(text).toContain('Keyboard shortcut for quick logging');
  });

  it('shows the quick-log shortcut the browser actually has (or says none is set)', async () => {
    const page = await onboardingPage(s);
    const commands = await page.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { commands: { getAll(): Promise<{ shortcut?: string }[]> } } };
      return (await chrome.commands.getAll()).map((c) => c.shortcut ?? '').filter(Boolean);
    });
    if (commands.length === 0) {
      await page.waitForSelector('[data-testid="shortcut-none"]');
    } else {
      await page.waitForSelector('[data-testid="shortcuts"] kbd');
      expect(await page.locator('[data-testid="shortcuts"] kbd').allTextContents()).toEqual(commands);
    }
  });

  it('loads the sample data with the keyboard alone, shows it marked as sample, and removes it in one click', async () => {
    const page = await onboardingPage(s);
    await page.bringToFront();
    // The user's own record, made before: it must survive removing the samples.
    const popup = await s.openPage('popup.html');
    await popup.fill('textarea[name="summary"]', 'my own record');
    await popup.locator('form button[type="submit"]').click();
    await expect.poll(() => popup.locator('.recent-item').count()).toBeGreaterThan(0);
    await popup.close();

    await expect.poll(() => page.locator('[data-testid="sample-status"]').textContent()).toBe('No sample data is loaded.');
    const load = page.getByRole('button', { name: 'Load sample data' });
    await load.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid="sample-status"]').textContent()).toBe('Sample data loaded: 18 sample records.');

    const dash = await s.openPage('dashboard.html');
    await openSection(dash, 'home');
    await expect.poll(() => homeCount(dash)).toMatch(/\b10\b/);
    const recent = await s.openPage('popup.html');
    await expect
      .poll(() => recent.locator('.recent-item').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('[Sample] ')]));
    await recent.close();

    await page.bringToFront();
    await page.getByRole('button', { name: 'Remove sample data' }).click();
    await expect.poll(() => page.locator('[data-testid="sample-status"]').textContent()).toBe('Sample data removed.');
    // The dashboard in another tab sees the change live; the user's record stays.
    await expect.poll(() => homeCount(dash)).toMatch(/\b1\b/);
    await dash.close();
  });
});

describe('settings', () => {
  it('switches the language and the currency symbol, and every open page follows', async () => {
    const dash = await s.openPage('dashboard.html#/settings');
    await dash.waitForSelector('select[name="locale"]');
    const other = await s.openPage('onboarding.html');
    await other.waitForSelector('h1');

    await dash.selectOption('select[name="locale"]', 'zh-TW');
    await expect.poll(() => dash.locator('nav a[href="#/settings"]').textContent(), { timeout: 10_000 }).toBe('設定');
    await expect.poll(() => other.locator('h1').textContent(), { timeout: 10_000 }).toBe('歡迎使用協商衛士');
    expect(await dash.evaluate(() => document.documentElement.lang)).toBe('zh-TW');

    await dash.waitForSelector('select[name="currency"]');
    await dash.selectOption('select[name="currency"]', 'TWD');
    await expect.poll(() => dash.locator('[data-testid="settings-example"]').textContent(), { timeout: 10_000 }).toContain('NT$1,234.56');

    // Back to following the browser (English in headless Chromium), and the default currency.
    await dash.waitForSelector('select[name="locale"]');
    await dash.selectOption('select[name="locale"]', 'auto');
    await expect.poll(() => dash.locator('nav a[href="#/settings"]').textContent(), { timeout: 10_000 }).toBe('Settings');
    await dash.waitForSelector('select[name="currency"]');
    await dash.selectOption('select[name="currency"]', 'CNY');
    await expect.poll(() => dash.locator('[data-testid="settings-example"]').textContent(), { timeout: 10_000 }).toContain('¥1,234.56');
    await dash.close();
    await other.close();
  });
});
