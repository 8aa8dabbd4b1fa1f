import type { Locale } from './locales';
import type { Currency } from './format';

/** storage.local keys of the display preferences (read by every page before it renders). */
export const LOCALE_KEY = 'ng.locale';
export const CURRENCY_KEY = 'ng.currency';
export const PREFERENCE_KEYS: readonly string[] = [LOCALE_KEY, CURRENCY_KEY];

export const CURRENCIES = ['CNY', 'TWD', 'HKD'] as const satisfies readonly Currency[];
export const DEFAULT_CURRENCY: Currency = 'CNY';

/**
 * Each language named in its own script (an endonym), as language pickers
 * do: a reader of any of the three must find their language whatever the
 * current UI language is. These are not translations, so they live outside
 * the catalogs and the script check.
 */
export const LANGUAGE_ENDONYMS: Record<Locale, string> = {
  'zh-CN': '简体中文',
  'zh-TW': '繁體中文',
  en: 'English',
};

export function parseCurrency(value: unknown): Currency {
  return (CURRENCIES as readonly unknown[]).includes(value) ? (value as Currency) : DEFAULT_CURRENCY;
}
