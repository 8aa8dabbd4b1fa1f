import type { Lender } from '../model/records';
import { catalogLender } from '../data/lenders';
import type { Locale } from './locales';

/**
 * A lender's name in the UI language. Catalogue lenders are stored once under
 * their simplified-Chinese name; the catalogue has the name in every language.
 */
export function localLenderName(lender: Pick<Lender, 'name' | 'catalogId'> | undefined, locale: Locale): string {
  if (!lender) return '';
  return (lender.catalogId && catalogLender(lender.catalogId)?.name[locale]) || lender.name;
}
