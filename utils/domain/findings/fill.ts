import { LOCALES } from '../../i18n/locales';
import type { Localized } from './types';

export type FillParams = Record<string, string | number | Localized>;

// A findings pass fills thousands of explanations from a dozen templates:
// each template is split into literal text and {names} once, not re-scanned by
// a regular expression for every finding and language.
const compiled = new WeakMap<Localized, Record<string, string[]>>();

function parts(template: Localized): Record<string, string[]> {
  let p = compiled.get(template);
  if (!p) {
    p = {};
    // split with a capture group: even indices are literal text, odd ones names.
    for (const l of LOCALES) p[l] = template[l].split(/\{(\w+)\}/);
    compiled.set(template, p);
  }
  return p;
}

/** Fills a localized template; a param may itself be localized (picked per language). Unknown names stay as written. */
export function fill(template: Localized, params: FillParams): Localized {
  const all = parts(template);
  const out = {} as Localized;
  for (const l of LOCALES) {
    const p = all[l]!;
    let s = p[0]!;
    for (let i = 1; i < p.length; i += 2) {
      const v = params[p[i]!];
      s += (v === undefined ? `{${p[i]}}` : typeof v === 'object' ? v[l] : String(v)) + p[i + 1]!;
    }
    out[l] = s;
  }
  return out;
}
