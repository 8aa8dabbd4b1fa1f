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

export type FrameAction = 'collapse' | 'expand' | 'dismiss';

export interface InsertMessage {
  type: typeof PANEL_INSERT;
  key: string;
  text: string;
}
export interface FrameMessage {
  type: typeof PANEL_FRAME;
  action: FrameAction;
}
/** Content script → its panel frame: whether the page hides or covers the panel right now. */
export interface CoverMessage {
  type: typeof PANEL_COVER;
  covered: boolean;
}

export interface InsertResult {
  ok: boolean;
  /** Why nothing was inserted: the field is gone, the page is not the one the panel is on, or it covers the panel. */
  reason?: 'no-field' | 'no-page' | 'too-long' | 'covered';
}
