import { describe, expect, it } from 'vitest';
import { matchLocale, resolveLocale } from '@/utils/i18n/detect';
import { translate } from '@/utils/i18n/translate';

describe('locale detection', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh_CN', 'zh-CN'],
    ['zh-TW', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['zh-Hant', 'zh-TW'],
    ['zh-MO', 'zh-TW'],
    ['en-US', 'en'],
    ['en', 'en'],
    ['fr', undefined],
    ['', undefined],
  ])('%s → %s', (tag, expected) => expect(matchLocale(tag)).toBe(expected));

  it('prefers the setting, then the browser, then simplified Chinese', () => {
    expect(resolveLocale('en', ['zh-TW'])).toBe('en');
    expect(resolveLocale(null, ['fr', 'zh-HK'])).toBe('zh-TW');
    expect(resolveLocale(undefined, ['fr', 'de'])).toBe('zh-CN');
  });

  it('interpolates parameters', () => {
    expect(translate('en', 'contact.count', { count: 3 })).toBe('3 contacts logged');
    expect(translate('zh-CN', 'contact.count', { count: 3 })).toBe('已记录 3 次联系');
  });
});
