import { browser } from 'wxt/browser';

export const ONBOARDING_PATH = '/onboarding.html';

/**
 * Opens the first-run page once, when the extension is installed (not on
 * updates or browser updates). Registered synchronously at the worker's top level.
 */
export function registerOnboarding(): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason !== 'install') return;
    void browser.tabs.create({ url: browser.runtime.getURL(ONBOARDING_PATH) });
  });
}
