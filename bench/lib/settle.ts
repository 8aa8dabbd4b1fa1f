import type { Page } from 'playwright-core';
import { liveQueriesAnswered } from '../../tests/e2e/extension-pages';

/**
 * Waits until a page that reached its marker has finished what it does after
 * it: its live queries answered (the app's `data-ng-loading` mark gone) and
 * then an idle period on its main thread. Extension pages share one renderer,
 * so a page closed at its marker went on with its after-work (the first
 * layout of 50 contacts, the search index read, a second render) while the
 * next page opened: that page's HTML was parsed 50–80 ms late and its figure
 * measured the previous page too. A person opens a view from a browser at
 * rest; every sample now starts from one. The live queries' signal is the
 * e2e tests' own (liveQueriesAnswered: a page that never settles within 15 s
 * fails the measure); the figure of the page being settled is already taken.
 */
export async function settle(page: Page): Promise<void> {
  await liveQueriesAnswered(page);
  await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 1_000 })));
}
