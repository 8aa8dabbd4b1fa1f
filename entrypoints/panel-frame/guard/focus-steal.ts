import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PANEL_FOCUS_LOST, type FocusLostMessage } from '@/utils/sites/panel-messages';

/**
 * The frame's half of the focus-steal guard (the content script's half is
 * complaint-panel.content/guard/focus-watch.ts). Focus that left the panel
 * without a click on the page and without Tab (or Shift+Tab, Escape) pressed
 * in the panel was taken by the page: from then on the panel takes no input
 * until the user says so, and offers the dashboard instead.
 */
const KEY_WINDOW_MS = 1000;
const LEAVING_KEYS = new Set(['Tab', 'Escape', 'F6']);

let lastLeavingKey = -Infinity;
let stolen = false;
const subscribers = new Set<(s: boolean) => void>();
const inPage = window.top !== window;
/** The inline menu of a field has a `field` in its address; the docked panel does not. Each hears only its own reports. */
const role = new URLSearchParams(location.search).has('field') ? 'menu' : 'panel';
const ownTab = inPage
  ? browser.tabs.getCurrent().then(
      (t) => t?.id,
      () => undefined,
    )
  : Promise.resolve(undefined);

function set(value: boolean): void {
  stolen = value;
  if (value && document.activeElement instanceof HTMLElement) document.activeElement.blur();
  for (const fn of subscribers) fn(value);
}

if (inPage) {
  addEventListener('keydown', (e) => void (LEAVING_KEYS.has(e.key) && (lastLeavingKey = performance.now())), true);
  browser.runtime.onMessage.addListener((msg: unknown, sender) => {
    const m = msg as FocusLostMessage | undefined;
    if (m?.type !== PANEL_FOCUS_LOST || (m.frame !== undefined && m.frame !== role)) return undefined;
    // Only our own content script, in the top frame of this panel's tab (as for cover reports).
    if (sender.id !== browser.runtime.id || sender.frameId !== 0 || sender.tab?.id === undefined) return undefined;
    void ownTab.then((tabId) => {
      if (tabId !== sender.tab?.id) return;
      if (performance.now() - lastLeavingKey > KEY_WINDOW_MS) set(true);
    });
    return undefined;
  });
}

/** [stolen, resume]: whether the page took the focus; `resume` is the user's choice to type in the panel again. */
export function useFocusStolen(): [boolean, () => void] {
  const [value, setValue] = useState(stolen);
  useEffect(() => {
    subscribers.add(setValue);
    setValue(stolen);
    return () => void subscribers.delete(setValue);
  }, []);
  return [value, () => set(false)];
}
