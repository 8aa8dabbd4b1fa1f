import { recognizeForm, type RecognisedField } from '@/utils/domain/complaints/form';
import type { ChannelDetect } from '@/utils/sites/types';
import { describeForm } from './describe';

/** How long to keep watching for a form after load or a client-side navigation, and how many DOM batches. */
const WATCH_MS = 15_000;
const MAX_BATCHES = 400;
const DEBOUNCE_MS = 250;

export interface Scanner {
  /** The element behind a field key of the latest scan. */
  element(key: string): Element | undefined;
  rescan(): RecognisedField[] | null;
  stop(): void;
}

/**
 * Recognises the complaint form now and whenever the page changes: SPAs
 * render forms late or after a client-side navigation. The observer stops
 * after WATCH_MS or MAX_BATCHES (whichever first) and is re-armed on each
 * same-document navigation, so a quiet page costs nothing.
 */
export function watchForm(detect: ChannelDetect, onChange: (fields: RecognisedField[] | null) => void): Scanner {
  let elements = new Map<string, WeakRef<Element>>();
  let last = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let batches = 0;
  let stopAt = 0;

  const rescan = () => {
    const next = new Map<string, WeakRef<Element>>();
    const desc = describeForm(document, (el, i) => {
      const key = `f${i}`;
      next.set(key, new WeakRef(el));
      return key;
    });
    elements = next;
    return recognizeForm(desc, detect);
  };
  const run = () => {
    const fields = rescan();
    const sig = JSON.stringify(fields);
    if (sig !== last) {
      last = sig;
      onChange(fields);
    }
  };
  const observer = new MutationObserver(() => {
    batches += 1;
    if (batches > MAX_BATCHES || Date.now() > stopAt) return observer.disconnect();
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  });
  const arm = () => {
    batches = 0;
    stopAt = Date.now() + WATCH_MS;
    observer.observe(document.documentElement, { childList: true, subtree: true });
    run();
  };
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  const onNav = () => setTimeout(arm, 0);
  nav?.addEventListener('currententrychange', onNav);
  addEventListener('popstate', onNav);
  arm();
  return {
    element: (key) => elements.get(key)?.deref(),
    rescan,
    stop: () => {
      observer.disconnect();
      clearTimeout(timer);
      nav?.removeEventListener('currententrychange', onNav);
      removeEventListener('popstate', onNav);
    },
  };
}
