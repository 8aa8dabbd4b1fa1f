import { browser } from 'wxt/browser';
import { resolveLocale } from '../i18n/detect';
import { CURRENCY_KEY, LOCALE_KEY, parseCurrency } from '../i18n/preferences';
import type { Currency } from '../i18n/format';
import type { Locale } from '../i18n/locales';

/** The user's language in the service worker (no document): setting, else browser UI, else zh-CN. */
export async function loadUserLocale(): Promise<Locale> {
  const setting = (await browser.storage.local.get(LOCALE_KEY))[LOCALE_KEY];
  if (typeof setting === 'string') return resolveLocale(setting, []);
  return resolveLocale(null, [browser.i18n.getUILanguage()]);
}

/** The display currency the user chose in Settings (¥ by default). */
export async function loadUserCurrency(): Promise<Currency> {
  return parseCurrency((await browser.storage.local.get(CURRENCY_KEY))[CURRENCY_KEY]);
}

/** The extension's own icon, for notifications. */
export const NOTIFICATION_ICON = '/icon/128.png';
