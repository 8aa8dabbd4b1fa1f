import { browser } from 'wxt/browser';
import type { OnCommitted } from './change-tokens';

/**
 * A content-free message a page sends after one of its own transactions moved
 * change tokens: it only starts the service worker if it was asleep (a
 * running one already heard Dexie's broadcast). The worker then compares the
 * tokens itself (utils/background/change-watch.ts); the message carries no
 * data, so a forged one costs one comparison.
 */
export const WAKE_TAG = 'ng-wake';

export const isWake = (message: unknown): boolean =>
  typeof message === 'object' && message !== null && (message as { tag?: unknown }).tag === WAKE_TAG;

export const wakeBackground: OnCommitted = () => {
  // Nobody answers (the background returns nothing): the rejection is expected.
  browser.runtime.sendMessage({ tag: WAKE_TAG }).catch(() => undefined);
};

/** Extension pages have a document; the service worker does not (and content scripts never open the database). */
export const isPageContext = (): boolean => typeof document !== 'undefined';
