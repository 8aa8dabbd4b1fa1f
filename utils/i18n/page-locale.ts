import { browser } from 'wxt/browser';
import { resolveLocale } from './detect';
import { setLocale } from './translate';
import { setCurrency } from './format';
import { CURRENCIES, CURRENCY_KEY, LOCALE_KEY, PREFERENCE_KEYS, parseCurrency } from './preferences';
import type { Locale } from './locales';
import { parseLocaleSetting } from '../storage/items';
import { takePreferences } from './preferences-read';

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
  const stored = await takePreferences();
  const current = preferencesOf(stored);
  const locale = resolveLocale(current.locale, navigator.languages ?? [navigator.language]);
  setLocale(locale);
  setCurrency(current.currency);
  document.documentElement.lang = locale;
  browser.storage.onChanged.addListener((changes, area) => {
    if (following && area === 'local' && preferencesChanged(current, changes)) location.reload();
  });
  return locale;
}

/** The stored preferences as the page uses them: a malformed value reads as the default. */
export function preferencesOf(stored: Record<string, unknown>): { locale: Locale | null; currency: ReturnType<typeof parseCurrency> } {
  return { locale: parseLocaleSetting(stored[LOCALE_KEY]), currency: parseCurrency(stored[CURRENCY_KEY]) };
}

/**
 * Whether a storage change alters what this page shows. A malformed write (or
 * one that changes nothing) does not reload every extension page.
 */
export function preferencesChanged(current: ReturnType<typeof preferencesOf>, changes: Record<string, { newValue?: unknown }>): boolean {
  if (!PREFERENCE_KEYS.some((k) => k in changes)) return false;
  // A removed key means "back to the default"; a value that is there but malformed is ignored.
  const pick = <T>(key: string, parse: (v: unknown) => T | null, now: T): T => {
    if (!(key in changes)) return now;
    const value = changes[key]!.newValue;
    if (value === undefined) return parse(undefined) ?? (null as T);
    return parse(value) ?? now;
  };
  const locale = pick(LOCALE_KEY, parseLocaleSetting, current.locale);
  const currency = pick(
    CURRENCY_KEY,
    (v) => ((CURRENCIES as readonly unknown[]).includes(v) ? parseCurrency(v) : v === undefined ? parseCurrency(v) : null),
    current.currency,
  );
  return locale !== current.locale || currency !== current.currency;
}

/** Saves a display preference; null returns to the default (for the language: follow the browser). */
export async function savePreference(key: typeof LOCALE_KEY | typeof CURRENCY_KEY, value: string | null): Promise<void> {
  if (value === null) await browser.storage.local.remove(key);
  else await browser.storage.local.set({ [key]: value });
}
