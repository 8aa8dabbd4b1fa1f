import { DEFAULT_LOCALE, type Locale } from './locales';
import { messages, type MessageKey } from './messages';

export type Params = Record<string, string | number>;

/** Pure lookup with {name} interpolation; falls back to the default language, then the key. */
export function translate(locale: Locale, key: MessageKey | string, params?: Params): string {
  const template = messages[locale][key] ?? messages[DEFAULT_LOCALE][key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

let current: Locale = DEFAULT_LOCALE;

/** Each page sets its locale once at start (from settings or the browser). */
export function setLocale(locale: Locale): void {
  current = locale;
}

export function getLocale(): Locale {
  return current;
}

export function t(key: MessageKey, params?: Params): string {
  return translate(current, key, params);
}
