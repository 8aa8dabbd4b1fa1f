import { coverReason, panelFilters } from '../cover';
import type { FramePoint } from '@/utils/sites/panel-messages';
import { hitTest } from './hit-test';
import { stabilityTracker } from './stable';

export type GuardVerdict = { ok: true } | { ok: false; reason: 'wait' | 'covered' | 'hidden' | 'unsure' };

export interface GuardedPanel {
  host: HTMLElement;
  shadow?: ShadowRoot | undefined;
  frame?: HTMLIFrameElement | undefined;
}

/**
 * "May the panel act now?", asked by the content script at the moment of an
 * Insert (and by the frame before Copy, Record or attaching a file). It does
 * not depend on Intersection Observer v2: the page must not paint over or hide
 * the panel (cover.ts), the panel must have stayed put for a moment
 * (stable.ts), and a fresh hit test at the click point must reach our frame
 * (hit-test.ts). 'unsure' means the check could not be made: the frame then
 * asks for a confirmation in the extension's own UI.
 */
export function createGuard(panel: GuardedPanel) {
  const stable = stabilityTracker();
  return {
    /** Fed by the cover watcher on every check. */
    note: (rect: DOMRect, clear: boolean) => stable.note(rect, clear),
    /** A colour-only filter (dark mode) is on the panel: an IOv2 "not visible" is explained by it. */
    filtered: () => panelFilters(panel.host) === 'colour',
    verdict(point: FramePoint | undefined): GuardVerdict {
      const reason = coverReason(panel.host);
      stable.note(panel.host.getBoundingClientRect(), reason === null);
      if (reason === 'overlay') return { ok: false, reason: 'covered' };
      if (reason !== null) return { ok: false, reason: 'hidden' };
      if (!stable.settled()) return { ok: false, reason: 'wait' };
      if (!panel.shadow || !panel.frame || !point) return { ok: false, reason: 'unsure' };
      const hit = hitTest(panel.host, panel.shadow, panel.frame, point);
      return hit === 'ok' ? { ok: true } : { ok: false, reason: hit };
    },
  };
}
export type PanelGuard = ReturnType<typeof createGuard>;
