import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales';

/**
 * Maps a BCP 47 tag (browser UI language or a page's lang attribute) to one of
 * our three languages. Traditional script: zh-TW, zh-HK, zh-MO and zh-Hant.
 */
export function matchLocale(tag: string | undefined | null): Locale | undefined {
  if (!tag) return undefined;
  const lower = tag.toLowerCase().replace('_', '-');
  if ((LOCALES as readonly string[]).includes(tag)) return tag as Locale;
  if (lower.startsWith('zh')) {
    return /hant|-tw|-hk|-mo/.test(lower) ? 'zh-TW' : 'zh-CN';
  }
  if (lower.startsWith('en')) return 'en';
  return undefined;
}

export function resolveLocale(setting: string | undefined | null, browserLanguages: readonly string[]): Locale {
  const fromSetting = matchLocale(setting);
  if (fromSetting) return fromSetting;
  for (const l of browserLanguages) {
    const m = matchLocale(l);
    if (m) return m;
  }
  return DEFAULT_LOCALE;
}
