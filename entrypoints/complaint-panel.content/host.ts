import { perfMark } from './guard/perf-mark';
import { OWN_HOSTS } from './guard/paint-over';

/**
 * The panel shell: a host element with a closed shadow root holding a static
 * header (drawn at once, so the panel is visible as soon as the form is
 * recognised) and one extension iframe that fills in with the user's data.
 * The header holds only fixed labels, never stored personal data. The page
 * can see the host element but not into it. Page attempts to hide, move or
 * remove it are undone a few times, then the panel gives up quietly.
 */
const STYLE = `
  :host { all: initial !important; position: fixed !important; z-index: 2147483647 !important; right: 0 !important;
          top: 0 !important; display: block !important; opacity: 1 !important; visibility: visible !important;
          transform: none !important; filter: none !important; clip-path: none !important; pointer-events: auto !important;
          mask: none !important; mix-blend-mode: normal !important; }
  .box { width: var(--ng-w, 360px); height: 100vh; border-left: 1px solid #8c959f; background: #fff; color: #1f2328;
         box-shadow: -4px 0 16px rgba(0,0,0,.15); overflow: hidden; font: 14px system-ui, sans-serif; box-sizing: border-box; }
  .ph { padding: 10px 14px; }
  .ph strong { display: block; font-size: 15px; }
  .ph span { color: #57606a; font-size: 13px; }
  iframe { width: 100%; height: 100%; border: 0; display: block; color-scheme: light dark; }
  .collapsed { width: 260px; height: 48px; border: 1px solid #8c959f; border-radius: 0 0 0 10px; }
  button { font: 15px system-ui, sans-serif; padding: 10px 14px; border-radius: 8px; border: 1px solid #0b5cad;
           background: #0b5cad; color: #fff; cursor: pointer; }
  button:focus-visible { outline: 3px solid #79c0ff; outline-offset: 2px; }
  p[role=note] { margin: 0; max-width: 320px; font: 14px system-ui, sans-serif; padding: 10px 14px; border-radius: 8px;
                 border: 1px solid #0b5cad; background: #fff; color: #1f2328; }
`;
const MAX_REPAIRS = 5;

export interface PanelHost {
  /** The element the page sees (for the cover check). */
  host: HTMLElement;
  /** Our closed shadow root and the panel iframe in it, for the click-time hit test (guard/hit-test.ts). */
  shadow?: ShadowRoot;
  frame?: HTMLIFrameElement;
  setSrc(src: string): void;
  collapse(collapsed: boolean): void;
  /** The panel's width in CSS pixels (docked at the right edge, full height). */
  setWidth(px: number): void;
  collapsed(): boolean;
  /** Called with the frame each time it (re)loads: the moment it can receive messages. */
  onFrameLoad(fn: () => void): void;
  remove(): void;
}

/** Undoes the page's attempts to restyle, move or remove one of our hosts (a few times, then gives up). */
export function guard(host: HTMLElement): () => void {
  let repairs = 0;
  const obs = new MutationObserver(() => {
    if (repairs >= MAX_REPAIRS) return obs.disconnect();
    let touched = false;
    for (const a of Array.from(host.attributes)) {
      host.removeAttribute(a.name);
      touched = true;
    }
    // Moved under <body> (or anywhere else), it could be stacked below the page's own content.
    if (host.parentNode !== document.documentElement) {
      document.documentElement.append(host);
      touched = true;
    }
    if (touched) repairs += 1;
  });
  obs.observe(host, { attributes: true });
  obs.observe(document.documentElement, { childList: true });
  return () => obs.disconnect();
}

/** Runs fn once the browser has rendered what this task changed (the frame after this one's rendering). */
export function afterPaint(fn: () => void): void {
  requestAnimationFrame(() => setTimeout(fn, 0));
}

/** Marks the moment the browser paints the shell. */
function markVisible(): void {
  afterPaint(() => perfMark('ng:panel-visible'));
}

export function shell(tag = 'ng-complaint-panel'): { host: HTMLElement; shadow: ShadowRoot } {
  const host = document.createElement(tag);
  OWN_HOSTS.add(host);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  shadow.append(style);
  return { host, shadow };
}

/** Runs fn once the page's load event is over: an iframe attached earlier would hold the page's load back. */
function afterLoad(fn: () => void): void {
  if (document.readyState === 'complete') fn();
  else addEventListener('load', () => setTimeout(fn, 0), { once: true });
}

export function mountPanelHost(frameSrc: string, labels: { title: string; loading: string }): PanelHost {
  const { host, shadow } = shell();
  const box = document.createElement('div');
  box.className = 'box';
  const ph = document.createElement('div');
  ph.className = 'ph';
  ph.setAttribute('role', 'status');
  const title = document.createElement('strong');
  title.textContent = labels.title;
  const loading = document.createElement('span');
  loading.textContent = labels.loading;
  ph.append(title, loading);
  const frame = document.createElement('iframe');
  frame.setAttribute('allow', 'clipboard-write');
  frame.title = labels.title;
  const listeners: Array<() => void> = [];
  frame.addEventListener('load', () => {
    // The header stays until the frame's own document is there to replace it. The frame is not
    // hidden meanwhile: Chromium throttles hidden cross-origin frames, which would delay its first render.
    ph.remove();
    for (const fn of listeners) fn();
  });
  box.append(ph);
  shadow.append(box);
  document.documentElement.append(host);
  markVisible();
  let src = frameSrc;
  let attached = false;
  const attach = () => {
    if (attached) return;
    attached = true;
    // Appended only with its address: an empty iframe would fire a load event for about:blank.
    frame.src = src;
    box.append(frame);
  };
  // After the shell's first paint: creating the frame takes ~10 ms of the page's main thread, which would
  // otherwise hold back the header that tells the user the helper is there. A hidden tab paints no frames
  // (requestAnimationFrame waits), so a timer stands in.
  afterLoad(() => {
    afterPaint(attach);
    setTimeout(attach, 250);
  });
  const stop = guard(host);
  return {
    host,
    shadow,
    frame,
    setSrc: (next) => {
      // Setting an iframe's src to the address it has reloads it: a re-render that changed nothing must not.
      if (next === src) return;
      src = next;
      if (attached) frame.src = next;
    },
    collapse: (c) => box.classList.toggle('collapsed', c),
    setWidth: (px) => box.style.setProperty('--ng-w', `${px}px`),
    collapsed: () => box.classList.contains('collapsed'),
    onFrameLoad: (fn) => listeners.push(fn),
    remove: () => {
      stop();
      host.remove();
    },
  };
}

/**
 * On a user-added site (no in-page frame): a small note that the helper opens
 * in its own window from the toolbar button. Not a button: a click on page
 * content can be lured, so only extension pages open windows.
 */
export function mountLauncher(label: string): PanelHost {
  const { host, shadow } = shell();
  const note = document.createElement('p');
  note.setAttribute('role', 'note');
  note.textContent = label;
  shadow.append(note);
  document.documentElement.append(host);
  markVisible();
  const stop = guard(host);
  return {
    host,
    setSrc: () => {},
    collapse: () => {},
    setWidth: () => {},
    collapsed: () => true,
    onFrameLoad: () => {},
    remove: () => (stop(), host.remove()),
  };
}
