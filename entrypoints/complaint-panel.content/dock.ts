import type { PanelHost } from './host';

/**
 * Keeps the docked panel (right edge, full height) off every recognised field.
 * When the fields reach under it, the page is given the room instead: a right
 * margin on <body> the panel's width (what the browser's own side panel does
 * by shrinking the viewport), so centred and fluid layouts move left. If the
 * page's layout does not move (fixed widths wider than what is left), the
 * panel narrows to the free strip, and below MIN_W it collapses to its tab;
 * the inline menus beside each field still hold every draft then.
 */
const MIN_W = 260;
const MAX_W = 400;
/** Below this window width the panel starts collapsed (see update). */
export const PHONE_W = 720;

const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && a.right > b.left && a.width > 0 && a.height > 0;

export interface Dock {
  update(): void;
  release(): void;
  /** The user collapsed (true) or expanded the panel: collapsed, it gives the room back. */
  userCollapse(collapsed: boolean): void;
}

export function dockPanel(panel: PanelHost, fieldRects: () => DOMRect[], onRoomChange: () => void = () => {}): Dock {
  let reserved = 0;
  let userCollapsed = false;
  let userExpanded = false;
  // The room goes on <body>, not <html>: a filter on <html> (dark-mode extensions) makes <html> the box our
  // fixed panel is placed in, so a margin there would slide the panel over the fields it made room for.
  const html = document.body ?? document.documentElement;
  const reserve = (px: number) => {
    const changed = px !== reserved;
    reserved = px;
    if (px) html.style.setProperty('margin-right', `${px}px`, 'important');
    else html.style.removeProperty('margin-right');
    // The page's fields move with the room given or taken back: what is drawn beside them must follow.
    if (changed) onRoomChange();
  };
  const update = () => {
    if (panel.collapsed() && userCollapsed) return;
    // A phone-sized window has no room beside the form: the panel stays its tab (the inline menus hold the
    // drafts) unless the user opens it, and then it lies over the page by the user's choice.
    if (innerWidth < PHONE_W) {
      if (!userExpanded) panel.collapse(true);
      return;
    }
    const width = Math.round(Math.min(MAX_W, Math.max(MIN_W + 40, innerWidth * 0.3)));
    if (!reserved) panel.setWidth(width);
    // Re-applied on every check: the page may have rewritten <html>'s style attribute meanwhile.
    if (reserved && html.style.getPropertyValue('margin-right') !== `${reserved}px`) reserve(reserved);
    const rects = fieldRects();
    const box = panel.host.getBoundingClientRect();
    if (!rects.some((r) => overlaps(r, box))) return;
    if (!reserved) {
      reserve(width);
      return;
    }
    // The layout did not make room: narrow the panel to the strip right of the fields.
    const right = Math.max(...rects.map((r) => r.right));
    const free = Math.floor(innerWidth - right - 4);
    if (free >= MIN_W) panel.setWidth(free);
    else panel.collapse(true);
  };
  return {
    update,
    release: () => reserve(0),
    userCollapse: (c) => {
      userCollapsed = c;
      userExpanded = !c;
      if (c) reserve(0);
      else update();
    },
  };
}
