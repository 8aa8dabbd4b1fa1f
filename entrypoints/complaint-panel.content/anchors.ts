import { guard, shell } from './host';

/**
 * The quiet anchors beside recognised fields (after Bitwarden's inline menu
 * button): one host element with a closed shadow root, holding one small
 * button per field, drawn over the page at the field's right edge. They are
 * outside the page's flow, so the layout never changes; they take no focus
 * (not tabbable; mousedown is cancelled so the field keeps the caret); they
 * follow scrolling, resizing and re-renders, and vanish with their field.
 */
const ICON =
  "url(\"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Cpath fill='%23fff' d='M8 1 2 3.5v4C2 11 4.6 14 8 15c3.4-1 6-4 6-7.5v-4z'/%3E%3Cpath fill='%230b5cad' d='m7 10.4-2.3-2.3.9-.9L7 8.6l3.4-3.4.9.9z'/%3E%3C/svg%3E\")";
const STYLE = `
  :host { all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important;
          height: 0 !important; z-index: 2147483646 !important; display: block !important; pointer-events: none !important; }
  button { all: initial; position: fixed; width: 20px; height: 20px; border-radius: 5px; cursor: pointer; pointer-events: auto;
           background: #0b5cad ${ICON} center / 16px no-repeat; box-shadow: 0 0 0 1px #fff; opacity: .85; }
  button:hover { opacity: 1; }
  button[hidden] { display: none; }
`;
const SIZE = 20;

export interface AnchorField {
  key: string;
  el: Element;
  multiline: boolean;
}

export interface Anchors {
  host: HTMLElement;
  set(fields: AnchorField[]): void;
  /** Where the anchor of this field is on screen (to place its menu), if shown. */
  rect(key: string): DOMRect | undefined;
  /** The field's box in this page's viewport (an iframe editor's body: its iframe). */
  fieldRect(el: Element): DOMRect;
  place(): void;
  /** Places the anchors in the next frame (the page's layout has changed). */
  placeSoon(): void;
  stop(): void;
}

/** An iframe editor's body is in another document: measure the iframe in ours. */
function boxOf(el: Element): DOMRect {
  const frame = el.ownerDocument !== document ? el.ownerDocument.defaultView?.frameElement : null;
  // A radio or checkbox group is anchored on the group, not on its first (often hidden, tiny) input.
  const group = /^(radio|checkbox)$/.test(el.getAttribute('type') ?? '') ? el.closest('[role=radiogroup],[role=group],fieldset') : null;
  return (frame ?? group ?? el).getBoundingClientRect();
}

export function mountAnchors(title: string, onOpen: (key: string) => void): Anchors {
  const { host, shadow } = shell('ng-field-anchors');
  const style = document.createElement('style');
  style.textContent = STYLE;
  shadow.append(style);
  const buttons = new Map<string, { b: HTMLButtonElement; f: AnchorField }>();
  const place = () => {
    // Every field is measured before any button moves: a read after a write would lay the page out again for each field.
    const boxes: Array<[HTMLButtonElement, DOMRect, AnchorField]> = [];
    for (const [key, { b, f }] of buttons) {
      if (!f.el.isConnected) {
        b.remove();
        buttons.delete(key);
        continue;
      }
      boxes.push([b, boxOf(f.el), f]);
    }
    for (const [b, r, f] of boxes) {
      const off = r.width < SIZE * 2 || r.height < 12 || r.bottom < 0 || r.top > innerHeight || r.right < 0 || r.left > innerWidth;
      b.hidden = off;
      if (off) continue;
      b.style.left = `${Math.round(r.right - SIZE - 4)}px`;
      b.style.top = `${Math.round(f.multiline || r.height > 48 ? r.top + 4 : r.top + (r.height - SIZE) / 2)}px`;
    }
  };
  let queued = false;
  const soon = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => ((queued = false), place()));
  };
  addEventListener('scroll', soon, { passive: true, capture: true });
  addEventListener('resize', soon, { passive: true });
  // Re-renders and layout shifts move fields without a scroll or resize: look a few times a second, not while hidden.
  const timer = setInterval(() => !document.hidden && buttons.size && place(), 300);
  document.documentElement.append(host);
  const stopGuard = guard(host);
  return {
    host,
    set(fields) {
      const keep = new Set(fields.map((f) => f.key));
      for (const [key, { b }] of buttons) {
        if (keep.has(key)) continue;
        b.remove();
        buttons.delete(key);
      }
      for (const f of fields) {
        const cur = buttons.get(f.key);
        if (cur) {
          cur.f = f;
          continue;
        }
        const b = document.createElement('button');
        // Hidden until placed (below): drawn before that, it would flash at the window's corner.
        b.hidden = true;
        b.type = 'button';
        b.tabIndex = -1;
        b.title = title;
        b.setAttribute('aria-label', title);
        b.dataset.key = f.key;
        // The field keeps its focus and caret: a click here must not blur it.
        b.addEventListener('mousedown', (e) => e.preventDefault());
        b.addEventListener('click', (e) => e.isTrusted && onOpen(f.key));
        shadow.append(b);
        buttons.set(f.key, { b, f });
      }
      // Placed in the next frame, before it is drawn: measuring the fields now, right after this task's
      // changes to the page, would force a layout that the frame's own rendering then does again.
      soon();
    },
    rect: (key) => {
      const b = buttons.get(key)?.b;
      return b && !b.hidden ? b.getBoundingClientRect() : undefined;
    },
    fieldRect: boxOf,
    place,
    placeSoon: soon,
    stop() {
      clearInterval(timer);
      removeEventListener('scroll', soon, { capture: true });
      removeEventListener('resize', soon);
      stopGuard();
      host.remove();
    },
  };
}
