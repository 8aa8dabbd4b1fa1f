import { isCovered } from './cover-state';

/**
 * The frame's half of "may I act?": every action (insert, copy, record,
 * attach) asks this first, and the content script asks its own half again
 * when the message arrives. Returns why not (a message key), or null.
 * Further guards plug in with addFrameGuard.
 */
type Check = () => 'panel.obscured' | null;
const checks: Check[] = [() => (isCovered() ? 'panel.obscured' : null)];

export function addFrameGuard(check: Check): void {
  checks.push(check);
}

export function mayAct(isVisible: () => boolean): 'panel.obscured' | null {
  if (!isVisible()) return 'panel.obscured';
  for (const c of checks) {
    const r = c();
    if (r) return r;
  }
  return null;
}
