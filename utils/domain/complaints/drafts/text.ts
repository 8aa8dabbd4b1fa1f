import type { Locale } from '../../../i18n/locales';
import { translate, type Params } from '../../../i18n/translate';

/** Draft phrases come from the i18n catalog, in the page's language (not the UI's). */
export function phrase(locale: Locale, key: string, params?: Params): string {
  return translate(locale, key, params);
}

/** Joins list items the way each language does. */
export function joinList(locale: Locale, items: string[]): string {
  return items.join(locale === 'en' ? ', ' : '、');
}

/** Ends a user's sentence with a full stop in the draft's language when it has none. */
export function endSentence(locale: Locale, text: string): string {
  const t = text.trim();
  if (t === '' || /[。！？.!?」”"）)]$/.test(t)) return t;
  return t + (locale === 'en' ? '.' : '。');
}

/** Integer fen as a plain decimal amount: works in numeric fields and reads in any language. */
export function plainAmount(fen: number): string {
  return (fen / 100).toFixed(2);
}
