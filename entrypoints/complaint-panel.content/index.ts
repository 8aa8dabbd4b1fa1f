import { browser } from 'wxt/browser';
import { contentScriptMatches } from '@/utils/sites/hosts';
import { channelForUrl } from '@/utils/sites/match';
import { channelDetects, userSiteDetect, USER_SITE_CHANNEL } from '@/utils/sites/detect';
import { PANEL_FRAME, PANEL_INSERT, type FrameMessage, type InsertMessage } from '@/utils/sites/panel-messages';
import { HIDDEN_HOSTS_KEY, FORCE_FLAG } from '@/utils/sites/panel-storage';
import { ENVELOPE_TAG } from '@/utils/rpc/envelope';
import type { RecognisedField } from '@/utils/domain/complaints/form';
import { mountLauncher, mountPanelHost, type PanelHost } from './host';
import { fillField } from './insert';
import { watchForm } from './scan';

// Runs on the registry's complaint sites (and on sites the user added or
// asked for from the toolbar). It stays a small detector and host: everything
// that shows the user's data lives in the extension iframe or window, which
// the page cannot read. It never opens IndexedDB (that would be the site's).
export default defineContentScript({
  matches: contentScriptMatches,
  runAt: 'document_idle',
  async main() {
    const g = globalThis as Record<string, unknown>;
    if (g.__ngComplaintPanel) return; // injected twice (toolbar fallback on a registry page)
    g.__ngComplaintPanel = true;
    const forced = g[FORCE_FLAG] === true;
    const registryId = channelForUrl(location.href);
    const detect = channelDetects.find((d) => d.id === registryId) ?? userSiteDetect;
    const hidden = (await browser.storage.local.get(HIDDEN_HOSTS_KEY))[HIDDEN_HOSTS_KEY];
    if (!forced && Array.isArray(hidden) && hidden.includes(location.hostname)) return;

    let panel: PanelHost | undefined;
    let dismissed = false;
    const params = (fields: RecognisedField[] | null) =>
      new URLSearchParams({
        channel: registryId ?? USER_SITE_CHANNEL,
        lang: document.documentElement.lang,
        url: location.origin + location.pathname,
        fields: JSON.stringify(fields ?? []),
      }).toString();

    const show = (fields: RecognisedField[] | null) => {
      if (dismissed) return;
      if (!fields && !forced) {
        panel?.remove();
        panel = undefined;
        return;
      }
      if (registryId) {
        const src = browser.runtime.getURL(`/panel-frame.html?${params(fields)}`);
        if (panel) panel.setSrc(src);
        else panel = mountPanelHost(src);
        return;
      }
      // Not a registry host: the iframe is not web-accessible here, so open the panel in its own window.
      panel?.remove();
      panel = mountLauncher(browser.i18n.getMessage('panelLauncher') || 'Negotiation Guard', () => {
        void browser.runtime.sendMessage({ tag: ENVELOPE_TAG, method: 'panel.openWindow', input: { query: params(scanner.rescan()) } });
      });
    };
    const scanner = watchForm(detect, show);

    // Only the background can reach this listener (runtime messages); the page cannot forge or read them.
    browser.runtime.onMessage.addListener((msg: unknown, sender) => {
      if (sender.id !== browser.runtime.id || sender.tab) return undefined;
      const m = msg as InsertMessage | FrameMessage | undefined;
      if (m?.type === PANEL_INSERT) {
        let el = scanner.element(m.key);
        if (!el?.isConnected) {
          scanner.rescan();
          el = scanner.element(m.key);
        }
        return Promise.resolve(fillField(el, m.text));
      }
      if (m?.type === PANEL_FRAME && panel) {
        if (m.action === 'dismiss') {
          dismissed = true;
          scanner.stop();
          panel.remove();
          panel = undefined;
        } else panel.collapse(m.action === 'collapse');
        return Promise.resolve({ ok: true });
      }
      return undefined;
    });
  },
});
