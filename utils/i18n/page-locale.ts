import { browser } from 'wxt/browser';
import { resolveLocale } from './detect';
import { setLocale } from './translate';
import type { Locale } from './locales';

export const LOCALE_STORAGE_KEY = 'ng.locale';

/**
 * Picks the UI language for an extension page: the user's setting if any,
 * else the browser's languages, else simplified Chinese. Kept in
 * storage.local (not IndexedDB) so every context can read it before rendering.
 */
export async function initPageLocale(): Promise<Locale> {
  const stored = (await browser.storage.local.get(LOCALE_STORAGE_KEY))[LOCALE_STORAGE_KEY];
  const locale = resolveLocale(typeof stored === 'string' ? stored : null, navigator.languages ?? [navigator.language]);
  setLocale(locale);
  document.documentElement.lang = locale;
  return locale;
}
