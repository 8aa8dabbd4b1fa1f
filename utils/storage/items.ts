import { storage } from 'wxt/utils/storage';
import { CURRENCY_KEY, LOCALE_KEY, parseCurrency } from '../i18n/preferences';
import { HIDDEN_HOSTS_KEY } from '../sites/panel-storage';
import { LOCALES, type Locale } from '../i18n/locales';
import type { Currency } from '../i18n/format';

// The extension's storage.local, as typed items. Only
// trusted contexts use them: the background restricts storage.local to
// extension pages and the worker where the browser can
// (utils/background/storage-access.ts), and the content script asks the
// background instead (panel.hidden). A malformed value, from an old version
// or from a context that could still write (a browser without access
// levels), reads as the default and never as itself.

const localeItem = storage.defineItem<unknown>(`local:${LOCALE_KEY}`);
const currencyItem = storage.defineItem<unknown>(`local:${CURRENCY_KEY}`);
const hiddenHostsItem = storage.defineItem<unknown>(`local:${HIDDEN_HOSTS_KEY}`);

export function parseLocaleSetting(value: unknown): Locale | null {
  return (LOCALES as readonly unknown[]).includes(value) ? (value as Locale) : null;
}

const HOST = /^[a-z0-9.-]{1,253}$/;
export function parseHiddenHosts(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter((h): h is string => typeof h === 'string' && HOST.test(h)))].slice(0, 500);
}

export const readLocaleSetting = async (): Promise<Locale | null> => parseLocaleSetting(await localeItem.getValue());
export const readCurrencySetting = async (): Promise<Currency> => parseCurrency(await currencyItem.getValue());
export const readHiddenHosts = async (): Promise<string[]> => parseHiddenHosts(await hiddenHostsItem.getValue());
export const writeHiddenHosts = (hosts: readonly string[]): Promise<void> => hiddenHostsItem.setValue(parseHiddenHosts(hosts));
