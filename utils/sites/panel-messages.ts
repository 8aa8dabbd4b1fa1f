// Messages between the panel iframe and the content script of the same tab.
// Frame → page: relayed by the background (tabs.sendMessage, frame 0).
// Page → frame: the content script's runtime.sendMessage, which reaches only
// extension contexts; the frame accepts it only from frame 0 of its own tab.
// Runtime messages cannot be sent or read by the web page, unlike
// window.postMessage or a MessagePort (the page can see the frame in
// window.frames and post a forged port to it before the content script does).
export const PANEL_INSERT = 'ng-panel-insert';
export const PANEL_FRAME = 'ng-panel-frame';
export const PANEL_COVER = 'ng-panel-cover';
/** Frame → page (relayed): may the panel act now? (click-jacking guard, entrypoints/complaint-panel.content/guard/). */
export const PANEL_CHECK = 'ng-panel-check';
/** Page → frame: focus left the panel for the page with no click on the page (focus-steal guard). */
export const PANEL_FOCUS_LOST = 'ng-panel-focus-lost';
export interface FocusLostMessage {
  type: typeof PANEL_FOCUS_LOST;
}

/** A click in the panel frame, in the frame's own CSS pixels, and the box of the button it hit. */
export interface FramePoint {
  x: number;
  y: number;
  rect?: { left: number; top: number; width: number; height: number };
}

export type FrameAction = 'collapse' | 'expand' | 'dismiss';

export interface InsertMessage {
  type: typeof PANEL_INSERT;
  key: string;
  text: string;
  /** Where the user clicked Insert; the content script hit-tests it afresh. */
  point?: FramePoint;
}
export interface CheckMessage {
  type: typeof PANEL_CHECK;
  point?: FramePoint;
}
export interface FrameMessage {
  type: typeof PANEL_FRAME;
  action: FrameAction;
}
/** Content script → its panel frame: whether the page hides or covers the panel right now. */
export interface CoverMessage {
  type: typeof PANEL_COVER;
  covered: boolean;
  /** A colour-only filter (dark mode) is on the panel: it stays legible although IOv2 may say otherwise. */
  filtered?: boolean;
}

export interface InsertResult {
  ok: boolean;
  /** Why nothing was inserted: the field is gone, the page is not the one the panel is on, or it covers the panel. */
  reason?: 'no-field' | 'no-page' | 'too-long' | 'covered' | 'hidden' | 'wait' | 'unsure';
}
