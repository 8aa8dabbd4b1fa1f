/**
 * The panel shell: a host element with a closed shadow root holding one
 * extension iframe (or, where the iframe may not load, a launcher button).
 * The page can see the host element but not into it. Page attempts to hide or
 * remove it are undone a few times, then the panel gives up quietly.
 */
const STYLE = `
  :host { all: initial !important; position: fixed !important; z-index: 2147483647 !important; right: 16px !important;
          bottom: 16px !important; display: block !important; opacity: 1 !important; visibility: visible !important;
          transform: none !important; filter: none !important; clip-path: none !important; pointer-events: auto !important; }
  iframe { width: 380px; height: 560px; max-height: calc(100vh - 32px); border: 1px solid #8c959f; border-radius: 10px;
           background: #fff; box-shadow: 0 6px 24px rgba(0,0,0,.2); color-scheme: light dark; display: block; }
  iframe.collapsed { height: 48px; width: 260px; }
  button { font: 15px system-ui, sans-serif; padding: 10px 14px; border-radius: 8px; border: 1px solid #0b5cad;
           background: #0b5cad; color: #fff; cursor: pointer; }
  button:focus-visible { outline: 3px solid #79c0ff; outline-offset: 2px; }
`;
const MAX_REPAIRS = 5;

export interface PanelHost {
  setSrc(src: string): void;
  collapse(collapsed: boolean): void;
  remove(): void;
}

function guard(host: HTMLElement): () => void {
  let repairs = 0;
  const obs = new MutationObserver(() => {
    if (repairs >= MAX_REPAIRS) return obs.disconnect();
    let touched = false;
    for (const a of Array.from(host.attributes)) {
      host.removeAttribute(a.name);
      touched = true;
    }
    if (!host.isConnected) {
      document.documentElement.append(host);
      touched = true;
    }
    if (touched) repairs += 1;
  });
  obs.observe(host, { attributes: true });
  obs.observe(document.documentElement, { childList: true });
  return () => obs.disconnect();
}

function shell(): { host: HTMLElement; shadow: ShadowRoot } {
  const host = document.createElement('ng-complaint-panel');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  shadow.append(style);
  return { host, shadow };
}

export function mountPanelHost(frameSrc: string): PanelHost {
  const { host, shadow } = shell();
  const frame = document.createElement('iframe');
  frame.src = frameSrc;
  frame.setAttribute('allow', 'clipboard-write');
  shadow.append(frame);
  document.documentElement.append(host);
  const stop = guard(host);
  return {
    setSrc: (src) => (frame.src = src),
    collapse: (c) => frame.classList.toggle('collapsed', c),
    remove: () => {
      stop();
      host.remove();
    },
  };
}

/** Sites outside the registry cannot embed the panel iframe: a button opens the panel in its own window. */
export function mountLauncher(label: string, onOpen: () => void): PanelHost {
  const { host, shadow } = shell();
  const button = document.createElement('button');
  button.textContent = label;
  // Only a real click by the user counts; the page cannot script one into a closed shadow root anyway.
  button.addEventListener('click', (e) => e.isTrusted && onOpen());
  shadow.append(button);
  document.documentElement.append(host);
  const stop = guard(host);
  return { setSrc: () => {}, collapse: () => {}, remove: () => (stop(), host.remove()) };
}
