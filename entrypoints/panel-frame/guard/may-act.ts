import { rpc } from '@/utils/rpc/client';
import { t } from '@/utils/i18n/translate';
import type { FramePoint, InsertResult } from '@/utils/sites/panel-messages';
import { clearedAt, isCovered, isFiltered } from '../cover-state';

/** As in the content script (guard/stable.ts): no action right after the panel appears, moves or is uncovered. */
const ENABLE_DELAY_MS = 600;

export type Refusal = 'covered' | 'hidden' | 'wait' | 'unsure';

/** The click point and the clicked button's box, in this frame's CSS pixels. */
export function pointOf(e: MouseEvent): FramePoint {
  const r = (e.currentTarget as Element | null)?.getBoundingClientRect();
  return { x: e.clientX, y: e.clientY, ...(r ? { rect: { left: r.left, top: r.top, width: r.width, height: r.height } } : {}) };
}

/**
 * "May I act?" for every action the panel takes on the user's behalf
 * (Insert, Copy, Record, attaching a file). Checks in the frame first (the
 * content script's last report, Intersection Observer v2 where the browser
 * has it, the enable delay), then, unless `askPage` is false (Insert, which
 * the content script checks itself at the moment it fills), asks the content
 * script for a fresh hit test at the click point. An IOv2 "not visible" does
 * not refuse when the content script reports a colour-only filter on the
 * page (dark mode): such a filter keeps the panel legible.
 */
export async function mayAct(point: FramePoint | undefined, ioVisible: () => boolean, askPage = true): Promise<Refusal | null> {
  if (window.top === window) return null; // the panel's own window: the page cannot cover it
  if (isCovered()) return 'covered';
  if (!ioVisible() && !isFiltered()) return 'hidden';
  if (performance.now() - clearedAt() < ENABLE_DELAY_MS) return 'wait';
  if (!askPage) return null;
  let res: InsertResult;
  try {
    res = await rpc('panel.check', point ? { point } : {});
  } catch {
    return 'unsure';
  }
  if (res.ok) return null;
  return res.reason === 'covered' || res.reason === 'hidden' || res.reason === 'wait' ? res.reason : 'unsure';
}

/** Why an action was refused, in the user's language. */
export function refusalText(reason: Refusal): string {
  return t(`hardening.guard.${reason}`);
}
