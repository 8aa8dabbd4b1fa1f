// Messages the background relays from the panel iframe to the content script
// of the same tab (tabs.sendMessage, frame 0). Runtime messages cannot be sent
// or read by the web page, unlike window.postMessage.
export const PANEL_INSERT = 'ng-panel-insert';
export const PANEL_FRAME = 'ng-panel-frame';

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

export interface InsertResult {
  ok: boolean;
  /** Why nothing was inserted: the field is gone, or the page is not the one the panel is on. */
  reason?: 'no-field' | 'no-page' | 'too-long';
}
