import type { Page } from 'playwright-core';
import type { Session } from './harness';

/** Calls the background's RPC from an extension page, as the UI does (caller 'page'). */
export async function rpcFromPage<T = unknown>(page: Page, method: string, input: unknown): Promise<T> {
  const res = await page.evaluate(
    ([m, i]) => {
      const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(msg: unknown): Promise<unknown> } } };
      return chrome.runtime.sendMessage({ tag: 'ng-rpc-1', method: m, input: i });
    },
    [method, input] as const,
  );
  const r = res as { ok: boolean; value?: T; error?: { message: string } };
  if (!r?.ok) throw new Error(`${method} failed: ${r?.error?.message ?? 'no answer'}`);
  return r.value as T;
}

/** The dashboard's section ids, read from its navigation (so sections added later are covered too). */
export async function dashboardSectionIds(session: Session): Promise<string[]> {
  const page = await session.openPage('dashboard.html');
  await page.waitForSelector('nav a[href^="#/"]');
  const ids = await page.$$eval('nav a[href^="#/"]', (as) => as.map((a) => a.getAttribute('href')!.slice(2)));
  await page.close();
  return ids;
}

/** Opens one dashboard section and waits until its lazily loaded view has rendered. */
export async function openSection(page: Page, id: string): Promise<void> {
  // The router reads the hash when it mounts and follows it after: change it only once the app is up.
  await page.waitForSelector('nav a[href^="#/"]');
  await page.evaluate((h) => {
    location.hash = h;
  }, `#/${id}`);
  await page.waitForSelector(`main[data-section="${id}"] > *`, { timeout: 10_000 });
  await liveQueriesAnswered(page);
}

/**
 * Waits until every live query on the page has answered (components/useLive.ts
 * marks the root with data-ng-loading while one has not): the view shows what
 * it read, not its first, empty render.
 */
export async function liveQueriesAnswered(page: Page): Promise<void> {
  await page.waitForSelector('html:not([data-ng-loading])', { state: 'attached', timeout: 15_000 });
}

/** The first-run tab the extension opens on install (every e2e launch is a fresh install). */
export async function onboardingPage(session: Session): Promise<Page> {
  const isOnboarding = (p: Page) => p.url().endsWith('/onboarding.html');
  const open = session.context.pages().find(isOnboarding);
  if (open) return open;
  return session.context.waitForEvent('page', { predicate: isOnboarding, timeout: 15_000 });
}

/**
 * Chooses the user's jurisdiction, as onboarding or Settings would. A fresh
 * profile in an en-US browser presets none, and until one is chosen no
 * rulebook is assumed: files that expect findings choose one first.
 */
export async function chooseJurisdiction(session: Session, jurisdiction: 'CN' | 'TW' | 'HK'): Promise<void> {
  // Settings, not the overview: an overview visit would note what it saw (its "new since your last visit").
  const page = await session.openPage('dashboard.html#/settings');
  await page.waitForSelector('nav a[href^="#/"]');
  await rpcFromPage(page, 'jurisdiction.set', { jurisdiction });
  await page.close();
}
