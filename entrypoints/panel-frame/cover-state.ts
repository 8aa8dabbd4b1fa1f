import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PANEL_COVER, type CoverMessage } from '@/utils/sites/panel-messages';

/**
 * Whether the page covers or hides this panel, as the content script of the
 * same tab reports it (entrypoints/complaint-panel.content/cover.ts). Inside a
 * web page the panel starts covered (fails closed) until the first report.
 * The listener is registered when this module loads, before the frame's load
 * event, which is when the content script sends its first report.
 */
const inPage = window.top !== window;
/** The inline menu of a field has a `field` in its address; the docked panel does not. Each hears only its own reports. */
const role = new URLSearchParams(location.search).has('field') ? 'menu' : 'panel';
let covered = inPage;
let filtered = false;
/** When the panel last became clear (performance.now()); the enable delay runs from here. */
let clearAt = inPage ? Infinity : 0;
const subscribers = new Set<(c: boolean) => void>();
const ownTab = inPage
  ? browser.tabs.getCurrent().then(
      (t) => t?.id,
      () => undefined,
    )
  : Promise.resolve(undefined);

if (inPage) {
  browser.runtime.onMessage.addListener((msg: unknown, sender) => {
    const m = msg as CoverMessage | undefined;
    if (m?.type !== PANEL_COVER || typeof m.covered !== 'boolean' || m.frame !== role) return undefined;
    // Only our own content script, in the top frame of the tab this panel is shown in.
    if (sender.id !== browser.runtime.id || sender.frameId !== 0 || sender.tab?.id === undefined) return undefined;
    if (sender.url?.startsWith(location.origin)) return undefined;
    void ownTab.then((tabId) => {
      if (tabId === undefined || tabId !== sender.tab?.id) return;
      if (covered && !m.covered) clearAt = performance.now();
      covered = m.covered;
      filtered = m.filtered === true;
      // Seen by tests as the signal that the page's filter was noticed (no user-visible change).
      document.documentElement.dataset.filtered = filtered ? '1' : '0';
      for (const fn of subscribers) fn(covered);
    });
    return undefined;
  });
}

export function isCovered(): boolean {
  return covered;
}

/** A colour-only filter (dark mode) is on the page: IOv2's "not visible" is explained by it (guard/may-act.ts). */
export function isFiltered(): boolean {
  return filtered;
}

export function clearedAt(): number {
  return clearAt;
}

export function useCovered(): boolean {
  const [value, setValue] = useState(covered);
  useEffect(() => {
    subscribers.add(setValue);
    setValue(covered);
    return () => void subscribers.delete(setValue);
  }, []);
  return value;
}
