import { browser } from 'wxt/browser';
import { contentScriptMatches } from '@/utils/sites/hosts';
import { channelForUrl } from '@/utils/sites/match';
import { channelDetects, userSiteDetect, USER_SITE_CHANNEL } from '@/utils/sites/detect';
import { PANEL_CHECK, PANEL_COVER, PANEL_FOCUS_LOST, type FocusLostMessage, PANEL_FRAME, PANEL_INSERT, type CheckMessage, type CoverMessage, type FrameMessage, type InsertMessage } from '@/utils/sites/panel-messages';
import { FORCE_FLAG } from '@/utils/sites/panel-storage';
import { ENVELOPE_TAG } from '@/utils/rpc/envelope';
import type { RecognisedField } from '@/utils/domain/complaints/form';
import { mountLauncher, mountPanelHost, type PanelHost } from './host';
import { fillField } from './insert';
import { watchForm } from './scan';
import { watchCover } from './cover';
import { createGuard, type PanelGuard } from './guard';
import { watchFocus } from './guard/focus-watch';
import { perfMark } from './guard/perf-mark';

/**
 * Chromium runs document_idle scripts before the page's load event: wait for
 * it, then for an idle moment, so that the page's own load never waits for us.
 */
function quietAfterLoad(): Promise<void> {
  const loaded = new Promise<void>((res) =>
    document.readyState === 'complete' ? res() : addEventListener('load', () => res(), { once: true }),
  );
  return loaded.then(() => new Promise<void>((res) => requestIdleCallback(() => res(), { timeout: 1000 })));
}

async function isHiddenHere(): Promise<boolean> {
  const res = (await browser.runtime.sendMessage({ tag: ENVELOPE_TAG, method: 'panel.hidden', input: {} }).catch(() => undefined)) as
    | { ok: true; value: { hidden: boolean } }
    | undefined;
  return res?.ok === true && res.value.hidden === true;
}

const label = (key: 'panelTitle' | 'panelLoading' | 'panelLauncher', fallback: string) => browser.i18n.getMessage(key) || fallback;

// Runs on the registry's complaint sites (and on sites the user added or
// asked for from the toolbar). It stays a small detector and host: everything
// that shows the user's data lives in the extension iframe or window, which
// the page cannot read. It never opens IndexedDB (that would be the site's).
export default defineContentScript({
  matches: contentScriptMatches,
  // Injected by the background after the page has loaded (utils/background/registry-injection.ts),
  // so the page's own load never waits for it; `matches` become the host permissions.
  registration: 'runtime',
  // WXT would otherwise window.postMessage a start-up message whose type holds our extension id.
  noScriptStartedPostMessage: true,
  async main() {
    perfMark('ng:cs-start');
    const g = globalThis as Record<string, unknown>;
    if (g.__ngComplaintPanel) return; // injected twice (toolbar fallback on a registry page)
    g.__ngComplaintPanel = true;
    const forced = g[FORCE_FLAG] === true;
    if (!forced) await quietAfterLoad();
    const registryId = channelForUrl(location.href);
    const detect = channelDetects.find((d) => d.id === registryId) ?? userSiteDetect;
    // Extension storage is for trusted contexts only (utils/storage/items.ts): the background answers.
    if (!forced && (await isHiddenHere())) return;

    let panel: PanelHost | undefined;
    let cover: ReturnType<typeof watchCover> | undefined;
    let guard: PanelGuard | undefined;
    let dismissed = false;
    const params = (fields: RecognisedField[] | null) =>
      new URLSearchParams({
        channel: registryId ?? USER_SITE_CHANNEL,
        lang: document.documentElement.lang,
        url: location.origin + location.pathname,
        fields: JSON.stringify(fields ?? []),
      }).toString();
    // Tells the panel frame whether it may take clicks (see ./cover.ts); only extension contexts receive this.
    const tellFrame = (covered: boolean) =>
      void browser.runtime.sendMessage({ type: PANEL_COVER, covered, filtered: guard?.filtered() ?? false } satisfies CoverMessage).catch(() => {});
    let stopFocus: (() => void) | undefined;
    const unmount = () => {
      stopFocus?.();
      stopFocus = undefined;
      cover?.stop();
      cover = undefined;
      panel?.remove();
      panel = undefined;
    };

    const show = (fields: RecognisedField[] | null) => {
      if (dismissed) return;
      if (!fields && !forced) return unmount();
      if (fields) perfMark('ng:form-found');
      if (registryId) {
        const src = browser.runtime.getURL(`/panel-frame.html?${params(fields)}`);
        if (panel) return panel.setSrc(src);
        const p = mountPanelHost(src, { title: label('panelTitle', 'Negotiation Guard'), loading: label('panelLoading', '…') });
        panel = p;
        const g = createGuard(p);
        guard = g;
        stopFocus = watchFocus(p.host, () => void browser.runtime.sendMessage({ type: PANEL_FOCUS_LOST } satisfies FocusLostMessage).catch(() => {}));
        // A dark-mode filter coming or going is told to the frame too (it explains an IOv2 "not visible").
        let filtered = false;
        cover = watchCover(p.host, tellFrame, (rect, clear) => {
          g.note(rect, clear);
          if (g.filtered() !== filtered) {
            filtered = !filtered;
            tellFrame(!clear);
          }
        });
        p.onFrameLoad(() => cover && tellFrame(cover.covered()));
        return;
      }
      // Not a registry host: the iframe is not web-accessible here, so open the panel in its own window.
      unmount();
      panel = mountLauncher(label('panelLauncher', 'Negotiation Guard'), () => {
        void browser.runtime.sendMessage({ tag: ENVELOPE_TAG, method: 'panel.openWindow', input: { query: params(scanner.rescan()) } });
      });
    };
    const scanner = watchForm(detect, show);

    // Only the background can reach this listener (runtime messages); the page cannot forge or read them.
    browser.runtime.onMessage.addListener((msg: unknown, sender) => {
      if (sender.id !== browser.runtime.id || sender.tab) return undefined;
      const m = msg as InsertMessage | FrameMessage | CheckMessage | undefined;
      if (m?.type === PANEL_CHECK) return Promise.resolve(guard?.verdict(m.point) ?? { ok: false, reason: 'covered' });
      if (m?.type === PANEL_INSERT) {
        // Checked again now, at the click point: a click that reached a covered, hidden,
        // just-moved or see-through panel fills nothing (guard/index.ts).
        const verdict = guard?.verdict(m.point) ?? { ok: false as const, reason: 'covered' as const };
        if (!verdict.ok) return Promise.resolve(verdict);
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
          unmount();
        } else panel.collapse(m.action === 'collapse');
        return Promise.resolve({ ok: true });
      }
      return undefined;
    });
  },
});
