import { LOCALES } from '../../i18n/locales';
import type { Localized } from './types';

export type FillParams = Record<string, string | number | Localized>;

/** Fills a localized template; a param may itself be localized (picked per language). */
export function fill(template: Localized, params: FillParams): Localized {
  const out = {} as Localized;
  for (const l of LOCALES) {
    out[l] = template[l].replace(/\{(\w+)\}/g, (m, name: string) => {
      const p = params[name];
      if (p === undefined) return m;
      return typeof p === 'object' ? p[l] : String(p);
    });
  }
  return out;
}
