import type { Locale } from './locales';

export type Currency = 'CNY' | 'TWD' | 'HKD';

const CURRENCY_SYMBOLS: Record<Currency, string> = { CNY: '¥', TWD: 'NT$', HKD: 'HK$' };

let currentCurrency: Currency = 'CNY';

/** Each page sets the display currency once at start (Settings; CNY by default). */
export function setCurrency(currency: Currency): void {
  currentCurrency = currency;
}

export function getCurrency(): Currency {
  return currentCurrency;
}

/**
 * Integer fen (cents) to a localized money string: 123456 → ¥1,234.56.
 * The currency only chooses the symbol: amounts are never converted.
 */
export function formatMoney(fen: number, locale: Locale, currency: Currency = currentCurrency): string {
  // The symbol is fixed per currency, not per locale: Intl writes TWD as a bare
  // "$" in zh-TW and CNY as "CN¥" in English; users expect ¥, NT$ and HK$.
  return new Intl.NumberFormat(locale, { style: 'currency', currency })
    .formatToParts(fen / 100)
    .map((p) => (p.type === 'currency' ? CURRENCY_SYMBOLS[currency] : p.value))
    .join('');
}

export function formatDateTime(ms: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

export function formatDate(ms: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(ms);
}
