import { browser } from 'wxt/browser';
import { channelForUrl } from '../sites/match';
import { PANEL_SCRIPT_FILE } from './complaint-sites';
import { contentScriptMatches } from '../sites/hosts';

/**
 * Injects the complaint panel's content script into registry complaint pages
 * once they have finished loading, instead of declaring it in the manifest.
 *
 * Why: a manifest content script is injected before the page's load event
 * completes, and on Chromium even an empty one delayed that event by ~20 ms
 * (about 25 % of the benchmark page's load, docs/PERFORMANCE.md). Injected at
 * `status: 'complete'`, the page's own load never waits for us. The host
 * permissions this needs are exactly the registry's hosts (the same list the
 * manifest content script used); other tabs' updates carry no URL for us and
 * are ignored at once.
 */
export function shouldInject(changeInfo: { status?: string }, url: string | undefined): boolean {
  return changeInfo.status === 'complete' && typeof url === 'string' && channelForUrl(url) !== undefined;
}

function inject(tabId: number): void {
  // The script guards against running twice in one document (repeated
  // 'complete' updates, SPA navigations), so a repeat injection is harmless.
  void browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [`/${PANEL_SCRIPT_FILE}` as const] }).catch(() => {
    // The tab closed or navigated away meanwhile: nothing to do.
  });
}

export function registerRegistryInjection(): void {
  browser.tabs.onUpdated.addListener((tabId, changeInfo, tab) => {
    if (shouldInject(changeInfo, tab.url)) inject(tabId);
  });
  browser.runtime.onInstalled.addListener(() => void injectIntoOpenRegistryTabs(contentScriptMatches).catch(() => {}));
}

/**
 * A complaint page that was already open when the extension was installed or
 * updated gets the panel too (people often install it while on that page).
 */
export async function injectIntoOpenRegistryTabs(matches: string[]): Promise<void> {
  const tabs = await browser.tabs.query({ url: matches, status: 'complete' });
  for (const tab of tabs) if (tab.id !== undefined && shouldInject({ status: 'complete' }, tab.url)) inject(tab.id);
}
