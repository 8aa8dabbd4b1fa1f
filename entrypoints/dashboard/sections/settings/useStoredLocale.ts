import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LOCALE_KEY } from '@/utils/i18n/preferences';

/**
 * The language the user chose, or null for "follow the browser"; undefined
 * while loading. The page's own locale cannot tell the two apart.
 */
export function useStoredLocale(): string | null | undefined {
  const [value, setValue] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    void browser.storage.local.get(LOCALE_KEY).then((r) => {
      const v = r[LOCALE_KEY];
      setValue(typeof v === 'string' ? v : null);
    });
  }, []);
  return value;
}
