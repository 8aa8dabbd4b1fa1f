import { browser } from 'wxt/browser';
import { contentScriptMatches } from '@/utils/sites/hosts';
import { channelForUrl } from '@/utils/sites/match';
import { channelDetects, userSiteDetect } from '@/utils/sites/detect';
import { FORCE_FLAG, SHOW_FLAG, STATUS_FLAG } from '@/utils/sites/panel-storage';
import { HANDOFF, type DetectorHandoff } from './handoff';
import { ENVELOPE_TAG } from '@/utils/rpc/envelope';
import { watchForm } from './scan';
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
    { ok: true; value: { hidden: boolean } } | undefined;
  return res?.ok === true && res.value.hidden === true;
}

// Runs on the registry's complaint sites (and on sites the user added or
// asked for from the toolbar). It is only the small detector: it recognises
// the form, for as long as the page is open. Once a form is there (or the
// user asked for the helper), the background injects the form UI
// (entrypoints/complaint-form-ui: anchors, inline menus, the docked panel,
// insert), so pages without a form carry only this. It never opens
// IndexedDB (that would be the site's) and never shows stored data.
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
    // Injected again (the toolbar's "show here" on a page where we already run): show, in manual mode if need be.
    if (typeof g[SHOW_FLAG] === 'function') return void (g[SHOW_FLAG] as () => void)();
    g[SHOW_FLAG] = () => {};
    const forced = g[FORCE_FLAG] === true;
    if (!forced) await quietAfterLoad();
    const registryId = channelForUrl(location.href);
    const detect = channelDetects.find((d) => d.id === registryId) ?? userSiteDetect;
    // Extension storage is for trusted contexts only (utils/storage/items.ts): the background answers.
    if (!forced && (await isHiddenHere())) return void (g[STATUS_FLAG] = 'hidden');

    let requested = false;
    const loadUi = () => {
      if (requested) return;
      requested = true;
      void browser.runtime.sendMessage({ tag: ENVELOPE_TAG, method: 'panel.loadUi', input: {} }).catch(() => (requested = false));
    };
    const status = (n: number | undefined) =>
      (g[STATUS_FLAG] = n !== undefined ? `form:${n}` : handoff.forced ? (registryId ? 'manual' : 'window') : 'none');
    // eslint-disable-next-line prefer-const -- the first scan runs inside watchForm, before it returns
    let scanner: ReturnType<typeof watchForm> | undefined;
    const handoff: DetectorHandoff = {
      browser,
      registryId,
      forced,
      fields: () => scanner?.fields() ?? null,
      element: (key) => scanner?.element(key),
      rescan: () => scanner?.rescan() ?? null,
    };
    g[HANDOFF] = handoff;
    scanner = watchForm(detect, (fields) => {
      status(fields?.length);
      if (fields) perfMark('ng:form-found');
      if (handoff.show) handoff.show(fields);
      else if (fields || handoff.forced) loadUi();
    });
    g[SHOW_FLAG] = () => {
      handoff.forced = true;
      const fields = handoff.rescan();
      status(fields?.length);
      if (handoff.show) handoff.show(fields);
      else loadUi();
    };
    if (forced) (g[SHOW_FLAG] as () => void)();
  },
});
