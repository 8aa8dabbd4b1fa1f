/**
 * Like a browser's permission prompt, the panel takes no action for a short
 * time after it appears, moves, resizes or stops being covered: a page cannot
 * slide it under the pointer just before a click it expects.
 */
export const ENABLE_DELAY_MS = 600;

export function stabilityTracker(now: () => number = () => performance.now()) {
  let since = now();
  let last = '';
  return {
    /** Call on every check with the panel's box and whether it is clear. */
    note(rect: DOMRect, clear: boolean): void {
      const key = clear
        ? `${Math.round(rect.left)},${Math.round(rect.top)},${Math.round(rect.width)},${Math.round(rect.height)}`
        : 'covered';
      if (key !== last) {
        last = key;
        since = now();
      }
    },
    settled(): boolean {
      return now() - since >= ENABLE_DELAY_MS;
    },
  };
}
