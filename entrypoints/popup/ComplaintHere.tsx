import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n/translate';
import { FORCE_FLAG } from '@/utils/sites/panel-storage';

/**
 * "Show the complaint helper here": once, on the current tab only, using the
 * access the toolbar click grants (activeTab). Nothing persists; the next
 * page load on that site shows nothing unless the user adds the site.
 */
export function ComplaintHere() {
  const [error, setError] = useState(false);
  return (
    <p class="complaint-here">
      <button
        type="button"
        class="secondary"
        onClick={async () => {
          try {
            const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
            if (tab?.id === undefined || !/^https?:/.test(tab.url ?? 'https:')) throw new Error('no page');
            const target = { tabId: tab.id };
            // The flag lives in the extension's isolated world, which the page cannot see or set.
            await browser.scripting.executeScript({ target, func: (flag: string) => void ((globalThis as Record<string, unknown>)[flag] = true), args: [FORCE_FLAG] });
            await browser.scripting.executeScript({ target, files: ['/content-scripts/complaint-panel.js'] });
            window.close();
          } catch {
            setError(true);
          }
        }}
      >
        {t('panel.showHere')}
      </button>
      {error && <span class="error" role="alert"> {t('panel.showHereFailed')}</span>}
    </p>
  );
}
