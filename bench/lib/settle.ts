import type { Page } from 'playwright-core';

/**
 * Waits until a page that reached its marker has finished what it does after
 * it: its live queries answered (the app's `data-ng-loading` mark gone) and
 * then an idle period on its main thread. Extension pages share one renderer,
 * so a page closed at its marker went on with its after-work (the first
 * layout of 50 contacts, the search index read, a second render) while the
 * next page opened: that page's HTML was parsed 50–80 ms late and its figure
 * measured the previous page too. A person opens a view from a browser at
 * rest; every sample now starts from one. Times the page itself needs no
 * longer than `timeoutMs`; the figure of the page being settled is already taken.
 */
export async function settle(page: Page, timeoutMs = 5_000): Promise<void> {
  await page.evaluate(
    (limit) =>
      new Promise<void>((resolve) => {
        const root = document.documentElement;
        const loading = () => root.hasAttribute('data-ng-loading');
        let done = false;
        const finish = () => {
          if (done) return;
          done = true;
          mo.disconnect();
          clearTimeout(timer);
          resolve();
        };
        const idle = () => requestIdleCallback(finish, { timeout: 1_000 });
        const mo = new MutationObserver(() => {
          if (loading()) return;
          mo.disconnect();
          idle();
        });
        const timer = setTimeout(finish, limit);
        if (loading()) mo.observe(root, { attributes: true, attributeFilter: ['data-ng-loading'] });
        else idle();
      }),
    timeoutMs,
  );
}
