/**
 * Focus stealing: a page that calls `input.focus()` every
 * few milliseconds receives what the user types into the panel. Focus can
 * leave the panel legitimately by a click on the page (the page sees the
 * pointer event) or by Tab inside the panel (the frame sees that key). This
 * watcher reports every move of focus from the panel to the page that no
 * pointer event on the page explains; the frame decides, knowing its own last
 * key, whether it was stolen.
 */
const POINTER_WINDOW_MS = 800;

export function watchFocus(host: Element, onLost: () => void): () => void {
  let panelFocused = false;
  let pointerAt = -Infinity;
  const onPointer = (e: Event) => {
    if (e.isTrusted) pointerAt = performance.now();
  };
  // Focus going into our iframe blurs the page's window; the active element is then our host.
  const onBlur = () => {
    panelFocused = document.activeElement === host;
    setTimeout(() => void (panelFocused ||= document.activeElement === host), 0);
  };
  const onFocusIn = (e: FocusEvent) => {
    if (!panelFocused || e.target === host) return;
    panelFocused = false;
    if (performance.now() - pointerAt > POINTER_WINDOW_MS) onLost();
  };
  addEventListener('pointerdown', onPointer, true);
  addEventListener('mousedown', onPointer, true);
  addEventListener('blur', onBlur);
  document.addEventListener('focusin', onFocusIn, true);
  return () => {
    removeEventListener('pointerdown', onPointer, true);
    removeEventListener('mousedown', onPointer, true);
    removeEventListener('blur', onBlur);
    document.removeEventListener('focusin', onFocusIn, true);
  };
}
