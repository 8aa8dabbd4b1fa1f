import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n/translate';
import { rpc } from '@/utils/rpc/client';
import { FORCE_FLAG, STATUS_FLAG } from '@/utils/sites/panel-storage';
import { channelForUrl } from '@/utils/sites/match';

/** What the helper did on the page, as the content script records it in its own (isolated) world. */
async function statusOf(tabId: number): Promise<string> {
  for (let i = 0; i < 20; i++) {
    const [r] = await browser.scripting.executeScript({
      target: { tabId },
      func: (flag: string) => (globalThis as Record<string, unknown>)[flag],
      args: [STATUS_FLAG],
    });
    if (typeof r?.result === 'string' && r.result !== 'none') return r.result;
    await new Promise((res) => setTimeout(res, 100));
  }
  return 'none';
}

function sentence(status: string): string {
  const form = /^form:(\d+)$/.exec(status);
  if (form) return t('hints.shown.form', { count: Number(form[1]) });
  return t(status === 'manual' ? 'hints.shown.manual' : status === 'window' ? 'hints.shown.window' : 'hints.shown.none');
}

/**
 * "Show the complaint helper here": once, on the current tab only, using the
 * access the toolbar click grants (activeTab). Works on registry sites too
 * (where the helper may already run: it is then shown, in manual mode if no
 * form was recognised) and says what it did. Nothing persists.
 */
export function ComplaintHere() {
  const [error, setError] = useState(false);
  const [done, setDone] = useState('');
  const [windowTab, setWindowTab] = useState<number | undefined>();
  const [windowError, setWindowError] = useState('');
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
            await browser.scripting.executeScript({
              target,
              func: (flag: string) => void ((globalThis as Record<string, unknown>)[flag] = true),
              args: [FORCE_FLAG],
            });
            await browser.scripting.executeScript({ target, files: ['/content-scripts/complaint-panel.js'] });
            const status = await statusOf(tab.id);
            setDone(sentence(status));
            // No in-page frame on this site (not a registry host, form or not): the popup (an extension page,
            // a real click) opens the panel's window.
            if (status === 'window' || (status.startsWith('form:') && !channelForUrl(tab.url ?? ''))) setWindowTab(tab.id);
          } catch {
            setError(true);
          }
        }}
      >
        {t('panel.showHere')}
      </button>
      {done && (
        <span role="status" data-testid="show-here-status">
          {' '}
          {done}
        </span>
      )}
      {error && (
        <span class="error" role="alert">
          {' '}
          {t('panel.showHereFailed')}
        </span>
      )}
      {windowTab !== undefined && (
        <button
          type="button"
          data-testid="open-panel-window"
          onClick={async () => {
            const r = await rpc('panel.openWindow', { tabId: windowTab }).catch(() => ({
              opened: false as const,
              reason: 'no-page' as const,
            }));
            if (r.opened) return window.close();
            setWindowError(t(r.reason === 'too-soon' ? 'hardening.window.tooOften' : 'hardening.window.failed'));
          }}
        >
          {t('hardening.window.open')}
        </button>
      )}
      {windowError && (
        <span class="error" role="alert">
          {' '}
          {windowError}
        </span>
      )}
    </p>
  );
}
