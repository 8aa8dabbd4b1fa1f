import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { readPreferencesEarly, takePreferences } from '@/utils/i18n/preferences-read';
import { initPageLocale } from '@/utils/i18n/page-locale';
import { CURRENCY_KEY, LOCALE_KEY } from '@/utils/i18n/preferences';
import { getLocale, setLocale } from '@/utils/i18n/translate';

// initPageLocale also reads the browser's languages and sets the document's language.
const documentElement = { lang: '' };
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  setLocale('zh-CN');
});

describe('the display preferences read early', () => {
  it('are read once when the page starts, and the page takes that read', async () => {
    await browser.storage.local.set({ [LOCALE_KEY]: 'en', [CURRENCY_KEY]: 'HKD' });
    vi.stubGlobal('navigator', { languages: ['zh-CN'], language: 'zh-CN' });
    vi.stubGlobal('document', { documentElement });
    const get = vi.spyOn(browser.storage.local, 'get');
    readPreferencesEarly();
    readPreferencesEarly();
    expect(get).toHaveBeenCalledTimes(1);
    await expect(initPageLocale()).resolves.toBe('en');
    expect(get).toHaveBeenCalledTimes(1);
    expect(getLocale()).toBe('en');
    expect(documentElement.lang).toBe('en');
  });

  it('are read afresh once the early read was taken', async () => {
    readPreferencesEarly();
    await takePreferences();
    await browser.storage.local.set({ [LOCALE_KEY]: 'zh-TW' });
    await expect(takePreferences()).resolves.toMatchObject({ [LOCALE_KEY]: 'zh-TW' });
  });
});
