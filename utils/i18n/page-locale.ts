import { browser } from 'wxt/browser';
import { resolveLocale } from './detect';
import { setLocale } from './translate';
import { setCurrency } from './format';
import { CURRENCY_KEY, LOCALE_KEY, PREFERENCE_KEYS, parseCurrency } from './preferences';
import type { Locale } from './locales';

export const LOCALE_STORAGE_KEY = LOCALE_KEY;

/**
 * Picks the UI language for an extension page: the user's setting if any,
 * else the browser's languages, else simplified Chinese; and the display
 * currency. Kept in storage.local (not IndexedDB) so every context can read
 * it before rendering. When either changes (Settings, in any tab), the page
 * reloads so every string and amount is rendered again in the new choice.
 */
let following = true;
/** The page is about to leave (after "delete all my data" clears the settings): do not reload it on the way. */
export function stopFollowingPreferences(): void {
  following = false;
}

export async function initPageLocale(): Promise<Locale> {
  const stored = await browser.storage.local.get([LOCALE_KEY, CURRENCY_KEY]);
  const setting = stored[LOCALE_KEY];
  const locale = resolveLocale(typeof setting === 'string' ? setting : null, navigator.languages ?? [navigator.language]);
  setLocale(locale);
  setCurrency(parseCurrency(stored[CURRENCY_KEY]));
  document.documentElement.lang = locale;
  browser.storage.onChanged.addListener((changes, area) => {
    if (following && area === 'local' && PREFERENCE_KEYS.some((k) => k in changes)) location.reload();
  });
  return locale;
}

/** Saves a display preference; null returns to the default (for the language: follow the browser). */
export async function savePreference(key: typeof LOCALE_KEY | typeof CURRENCY_KEY, value: string | null): Promise<void> {
  if (value === null) await browser.storage.local.remove(key);
  else await browser.storage.local.set({ [key]: value });
}
