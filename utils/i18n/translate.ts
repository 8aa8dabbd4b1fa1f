import { DEFAULT_LOCALE, type Locale } from './locales';
import { messages, type MessageKey } from './messages';

export type Params = Record<string, string | number>;

/**
 * Plural choice, the ICU subset: `{calls, plural, one {# call} other {# calls}}`
 * picks the branch for the number's CLDR category in the locale
 * (Intl.PluralRules; `=N` matches N exactly) and writes the number for `#`.
 * Chinese has only "other", so its strings need none; English writes both.
 * Branches hold plain text and `#` only.
 */
const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const BRANCH = /(=\d+|\w+)\s*\{([^{}]*)\}/g;
const pluralRules = new Map<string, Intl.PluralRules>();

function choosePlurals(locale: Locale, template: string, params: Params): string {
  return template.replace(PLURAL, (m, name: string, branches: string) => {
    const n = Number(params[name]);
    if (!(name in params) || !Number.isFinite(n)) return m;
    let rules = pluralRules.get(locale);
    if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
    const options = new Map([...branches.matchAll(BRANCH)].map((b) => [b[1]!, b[2]!]));
    const text = options.get(`=${n}`) ?? options.get(rules.select(n)) ?? options.get('other');
    return text === undefined ? m : text.replace(/#/g, String(params[name]));
  });
}

/** Pure lookup with {name} interpolation and plural choice; falls back to the default language, then the key. */
export function translate(locale: Locale, key: MessageKey | string, params?: Params): string {
  const template = messages[locale][key] ?? messages[DEFAULT_LOCALE][key] ?? key;
  if (!params) return template;
  return choosePlurals(locale, template, params).replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
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

/**
 * A key that arrived as data (an error's or an import issue's messageKey,
 * sent across the RPC as a string) is a MessageKey only if the catalog has
 * it: the check instead of a cast. Every language has the same keys (the
 * parity test), so the default language's catalog answers for all three.
 */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(messages[DEFAULT_LOCALE], key);
}
