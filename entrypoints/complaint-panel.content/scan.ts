import { recognizeForm, type RecognisedField } from '@/utils/domain/complaints/form';
import type { ChannelDetect } from '@/utils/sites/types';
import { describeForm } from './describe';
import { CONTROLS } from './label';
import { iframeBody } from './editors';

/** Quiet time after the last relevant change before a scan, and the longest a busy page can postpone one. */
const DEBOUNCE_MS = 200;
const MAX_WAIT_MS = 1000;
/** Changed nodes looked at per batch; more than that and the next scan simply runs. */
const MAX_TARGETS = 300;

export interface Scanner {
  /** The element behind a field key (an iframe editor's body for its key). */
  element(key: string): Element | undefined;
  /** The recognised fields of the latest scan. */
  fields(): RecognisedField[] | null;
  rescan(): RecognisedField[] | null;
  stop(): void;
}

/** Does this change touch a form control (added, removed, shown or hidden)? Checked in the observer, cheaply. */
function relevant(node: Node, known: (el: Element) => boolean): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  if (el.tagName.startsWith('NG-')) return false; // our own hosts
  return el.matches(CONTROLS) || known(el) || el.querySelector(CONTROLS) !== null;
}

function sameOriginNotReady(frame: HTMLIFrameElement): boolean {
  try {
    return frame.contentDocument !== null && iframeBody(frame) === null;
  } catch {
    return false;
  }
}

/**
 * Recognises the complaint form now and whenever the page changes, for as
 * long as the page is open: wizards reach the narrative step after minutes,
 * SPAs render after an XHR or a client-side navigation, steps go back.
 * The cost stays bounded instead of stopping after a fixed time:
 * - the observer callback only notes whether a change touched a control (or
 *   a subtree holding one, e.g. a wizard step shown by a class or style);
 * - scans are debounced (at most one per MAX_WAIT_MS on a busy page) and run
 *   in idle time;
 * - nothing is observed or scanned while the tab is hidden; one scan on return.
 */
export function watchForm(detect: ChannelDetect, onChange: (fields: RecognisedField[] | null) => void): Scanner {
  const keys = new WeakMap<Element, string>();
  let next = 0;
  let elements = new Map<string, WeakRef<Element>>();
  let current: RecognisedField[] | null = null;
  let last = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstDirty = 0;
  let idle: number | undefined;
  let stopped = false;
  let retries = 0;

  const keyOf = (el: Element) => {
    let k = keys.get(el);
    if (!k) keys.set(el, (k = `f${next++}`));
    return k;
  };
  const rescan = () => {
    const map = new Map<string, WeakRef<Element>>();
    const desc = describeForm(document, (el) => {
      const key = keyOf(el);
      map.set(key, new WeakRef(el));
      return key;
    });
    elements = map;
    current = recognizeForm(desc, detect);
    return current;
  };
  const run = () => {
    idle = undefined;
    firstDirty = 0;
    if (stopped || document.hidden) return;
    const fields = rescan();
    const sig = JSON.stringify(fields);
    if (sig !== last) {
      last = sig;
      onChange(fields);
    }
    // An iframe editor makes its body editable after its own load, which no observer here sees: look again soon.
    if (retries < 20 && Array.from(document.querySelectorAll('iframe')).some(sameOriginNotReady)) {
      retries += 1;
      setTimeout(schedule, 500);
    }
  };
  const schedule = () => {
    if (stopped) return;
    const now = Date.now();
    if (!firstDirty) firstDirty = now;
    clearTimeout(timer);
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, firstDirty + MAX_WAIT_MS - now));
    timer = setTimeout(() => {
      if (idle === undefined) idle = requestIdleCallback(run, { timeout: 500 });
    }, wait);
  };
  const isKnown = (el: Element) => {
    for (const ref of elements.values()) {
      const f = ref.deref();
      if (f && (el === f || el.contains(f))) return true;
    }
    return false;
  };
  const observer = new MutationObserver((records) => {
    let n = 0;
    for (const r of records) {
      if (++n > MAX_TARGETS) return schedule();
      if (
        r.type === 'attributes'
          ? relevant(r.target, isKnown)
          : [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)].some((x) => relevant(x, isKnown))
      )
        return schedule();
    }
  });
  const observe = () =>
    observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['style', 'class', 'hidden', 'open', 'aria-hidden'],
    });
  const onVisibility = () => {
    if (document.hidden) observer.disconnect();
    else {
      observe();
      schedule();
    }
  };
  // Client-side navigations that re-use the same DOM nodes still get a scan.
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('currententrychange', schedule);
  addEventListener('popstate', schedule);
  const onLoad = (e: Event) => (e.target as Element | null)?.tagName === 'IFRAME' && schedule();
  addEventListener('load', onLoad, true);
  document.addEventListener('visibilitychange', onVisibility);
  if (!document.hidden) observe();
  run();
  return {
    element: (key) => elements.get(key)?.deref(),
    fields: () => current,
    rescan,
    stop: () => {
      stopped = true;
      observer.disconnect();
      clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
      nav?.removeEventListener('currententrychange', schedule);
      removeEventListener('popstate', schedule);
      removeEventListener('load', onLoad, true);
      document.removeEventListener('visibilitychange', onVisibility);
    },
  };
}
