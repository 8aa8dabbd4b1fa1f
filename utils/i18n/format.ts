import type { Locale } from './locales';

export type Currency = 'CNY' | 'TWD' | 'HKD';

/** Integer fen to a localized money string: 123456 → ¥1,234.56 */
export function formatMoney(fen: number, locale: Locale, currency: Currency = 'CNY'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' }).format(fen / 100);
}

export function formatDateTime(ms: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

export function formatDate(ms: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(ms);
}
