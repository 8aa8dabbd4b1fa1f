import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from './harness';
import { rpcFromPage } from './extension-pages';
import { dumpDb } from './db-dump';

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

describe('delete all my data', () => {
  it('offers a backup, needs the typed word, then wipes every table, storage and alarms and opens the first-run page', async () => {
    const dash = await s.openPage('dashboard.html#/settings');
    await rpcFromPage(dash, 'sample.load', { locale: 'en', tzOffsetMin: 0 });
    await rpcFromPage(dash, 'contacts.add', { at: Date.now() - 60_000, channel: 'call', summary: 'my own record' });
    // Settings and an alarm, set from the service worker (an open page reloads when a setting changes).
    const sw = await s.serviceWorker();
    await sw.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { local: { set(v: object): Promise<void> } }; alarms: { create(n: string, o: object): Promise<void> } };
      };
      await chrome.storage.local.set({ 'ng.currency': 'TWD', 'some.other': 1 });
      await chrome.alarms.create('ng-test-leftover', { delayInMinutes: 60 });
    });
    await dash.waitForSelector('[data-testid="delete-all-start"]');
    await dash.evaluate(() => localStorage.setItem('ng.home.seenFindings', '{"x":1}'));
    // The page reloads after the currency change (every page follows the setting).
    await dash.waitForSelector('[data-testid="delete-all-start"]');
    await dash.click('[data-testid="delete-all-start"]');
    // Step 1: the backup is offered, with a way to it.
    expect(await dash.locator('[data-testid="delete-all-backup"] a[href="#/backup"]').count()).toBe(1);
    await dash.click('[data-testid="delete-all-skip-backup"]');
    // Step 2: nothing happens until the word is typed exactly.
    const go = dash.locator('[data-testid="delete-all-go"]');
    expect(await go.isDisabled()).toBe(true);
    await dash.fill('input[name="delete-all-word"]', 'DELET');
    expect(await go.isDisabled()).toBe(true);
    expect((await dumpDb(dash)).contacts!.length).toBeGreaterThan(1);
    await dash.fill('input[name="delete-all-word"]', 'DELETE');
    await go.click();
    await dash.waitForURL(/\/onboarding\.html$/, { timeout: 15_000 });

    const dump = await dumpDb(dash);
    for (const [table, rows] of Object.entries(dump)) expect(rows, table).toEqual([]);
    const state = await dash.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { local: { get(): Promise<object> } }; alarms: { getAll(): Promise<{ name: string }[]> } };
      };
      return {
        local: await chrome.storage.local.get(),
        alarms: (await chrome.alarms.getAll()).map((a) => a.name),
        seen: localStorage.getItem('ng.home.seenFindings'),
      };
    });
    expect(state.local).toEqual({});
    expect(state.seen).toBeNull();
    expect(state.alarms).not.toContain('ng-test-leftover');
    // As on first install: the backup check alarm is set up again, nothing else rings.
    await expect
      .poll(() =>
        dash.evaluate(async () =>
          (await (globalThis as unknown as { chrome: { alarms: { getAll(): Promise<{ name: string }[]> } } }).chrome.alarms.getAll()).map(
            (a) => a.name,
          ),
        ),
      )
      .toEqual(['ng-backup:check']);
    await dash.close();
  });
});
