import type { Locale } from '../../../i18n/locales';
import { translate, type Params } from '../../../i18n/translate';

/** Draft phrases come from the i18n catalog, in the page's language (not the UI's). */
export function phrase(locale: Locale, key: string, params?: Params): string {
  const text = translate(locale, key, params);
  // English counts: "contacted me 1 times" reads "once".
  return locale === 'en' ? text.replace(/\b1 times\b/g, 'once').replace(/\b1 of them\b/g, 'one of them') : text;
}

/** Joins list items the way each language does. */
export function joinList(locale: Locale, items: string[]): string {
  if (locale !== 'en' || items.length < 2) return items.join(locale === 'en' ? ', ' : '、');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Sentences of one unit, joined the way each language writes running text. */
export function sentences(locale: Locale, parts: (string | false | undefined)[]): string {
  return parts.filter((p): p is string => Boolean(p)).join(locale === 'en' ? ' ' : '');
}

const QUOTES: Record<Locale, [string, string]> = { 'zh-CN': ['“', '”'], 'zh-TW': ['「', '」'], en: ['“', '”'] };

/**
 * What the collector said, as the user recorded it, inside quotation marks so
 * the reader can tell the collector's words from the complainant's account.
 * Trailing punctuation moves outside; inner quotation marks become the inner kind.
 */
export function quote(locale: Locale, said: string): string {
  const [open, close] = QUOTES[locale];
  const inner = said
    .trim()
    .replace(/[\s。．.!！?？;；,，]+$/u, '')
    .replace(/[“”]/g, locale === 'zh-TW' ? '『' : '‘')
    .replace(/[「」]/g, locale === 'zh-TW' ? '『' : '‘')
    .replace(/\s+/g, ' ');
  return `${open}${inner}${close}`;
}

/** Ends a sentence with the language's full stop when it has none. */
export function endSentence(locale: Locale, text: string): string {
  const t = text.trim();
  if (t === '' || /[。！？.!?」”"）)]$/.test(t)) return t;
  return t + (locale === 'en' ? '.' : '。');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A calendar date as a regulator reads it: 2026年11月3日 / 3 November 2026; without the year when `withYear` is false.
 * `short` abbreviates the English month ("3 Nov"): a chronology line that quotes the collector has few characters to spare.
 */
export function dateText(locale: Locale, iso: string, withYear = true, short = false): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const month = short ? MONTHS[m - 1]!.slice(0, 3) : MONTHS[m - 1];
  if (locale === 'en') return withYear ? `${d} ${month} ${y}` : `${d} ${month}`;
  return withYear ? `${y}年${m}月${d}日` : `${m}月${d}日`;
}

/** Month and year of a report dated YYYY-MM: 2025年3月 / March 2025. */
export function monthText(locale: Locale, ym: string): string {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  return phrase(locale, 'draft.month', { year: y, month: locale === 'en' ? MONTHS[m - 1]! : m });
}

/** Integer fen as a plain decimal amount: works in numeric fields and reads in any language. */
export function plainAmount(fen: number): string {
  return (fen / 100).toFixed(2);
}

/** Takes "我的"/"我"/"my" off what the user typed, so "我的{who}" never reads "我的我姐姐". */
export function withoutOwnPossessive(who: string): string {
  return who
    .trim()
    .replace(/^(我的|我)/u, '')
    .replace(/^my\s+/i, '')
    .replace(/[。.]+$/u, '')
    .trim();
}
