import { guard, shell } from './host';

/**
 * The inline menu of one field: an extension iframe (panel-frame.html in
 * field mode) in a closed shadow root, placed under the field's anchor (above
 * it near the bottom of the window). The page can read nothing in it and
 * keystrokes typed in it never reach the page.
 */
const W = 340;
const H = 330;
const STYLE = `
  :host { all: initial !important; position: fixed !important; z-index: 2147483647 !important; display: block !important;
          opacity: 1 !important; visibility: visible !important; transform: none !important; filter: none !important;
          pointer-events: auto !important; width: ${W}px !important; height: ${H}px !important; }
  iframe { width: 100%; height: 100%; border: 1px solid #8c959f; border-radius: 8px; background: #fff;
           box-shadow: 0 6px 24px rgba(0,0,0,.2); box-sizing: border-box; color-scheme: light dark; }
`;

export interface InlineMenu {
  host: HTMLElement;
  /** Our closed shadow root and the menu's iframe in it, for the click-time hit test (guard/hit-test.ts). */
  shadow: ShadowRoot;
  frame: HTMLIFrameElement;
  key: string;
  place(anchor: DOMRect | undefined): void;
  onLoad(fn: () => void): void;
  remove(): void;
}

export function openMenu(key: string, src: string, title: string): InlineMenu {
  const { host, shadow } = shell('ng-inline-menu');
  const style = document.createElement('style');
  style.textContent = STYLE;
  const frame = document.createElement('iframe');
  frame.title = title;
  frame.setAttribute('allow', 'clipboard-write');
  frame.src = src;
  shadow.append(style, frame);
  document.documentElement.append(host);
  const stop = guard(host);
  const place = (a: DOMRect | undefined) => {
    if (!a) return;
    const left = Math.max(4, Math.min(innerWidth - W - 4, a.right - W));
    const below = a.bottom + 4 + H <= innerHeight;
    const top = below ? a.bottom + 4 : Math.max(4, a.top - H - 4);
    // Inline style on the host is what guard() strips when the page sets it: ours goes on through the shadow's :host.
    style.textContent = `${STYLE} :host { left: ${Math.round(left)}px !important; top: ${Math.round(top)}px !important; }`;
  };
  return {
    host,
    shadow,
    frame,
    key,
    place,
    onLoad: (fn) => frame.addEventListener('load', fn),
    remove: () => (stop(), host.remove()),
  };
}
