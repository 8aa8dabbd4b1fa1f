// Messages between the panel iframe (and the inline menus) and the content
// script of the same tab.
// Frame → page: relayed by the background (tabs.sendMessage, frame 0).
// Page → frame: the content script's runtime.sendMessage, which reaches only
// extension contexts; the frame accepts it only from frame 0 of its own tab.
// Runtime messages cannot be sent or read by the web page, unlike
// window.postMessage or a MessagePort (the page can see the frame in
// window.frames and post a forged port to it before the content script does).
export const PANEL_INSERT = 'ng-panel-insert';
export const PANEL_ATTACH = 'ng-panel-attach';
export const PANEL_FRAME = 'ng-panel-frame';
export const PANEL_COVER = 'ng-panel-cover';
/** Frame → page (relayed): may the panel act now? (click-jacking guard, entrypoints/complaint-panel.content/guard/). */
export const PANEL_CHECK = 'ng-panel-check';
/** Page → frame: focus left the panel for the page with no click on the page (focus-steal guard). */
export const PANEL_FOCUS_LOST = 'ng-panel-focus-lost';
/** Background → page: which address the tab shows, and the panel's query for it (opening the panel's own window). */
export const PANEL_WHERE = 'ng-panel-where';
export interface WhereMessage {
  type: typeof PANEL_WHERE;
}
export interface WhereResult {
  /** The tab's address without its fragment. */
  url: string;
  /** The panel's address parameters (channel, lang, url, fields) as the form UI builds them. */
  query: string;
}
export interface FocusLostMessage {
  type: typeof PANEL_FOCUS_LOST;
  /** The frame whose focus was taken (the docked panel or the inline menu). */
  frame?: Actor;
}

/** A click in the panel frame, in the frame's own CSS pixels, and the box of the button it hit. */
export interface FramePoint {
  x: number;
  y: number;
  rect?: { left: number; top: number; width: number; height: number };
}

/** close-menu: the inline menu's own close; pick: manual mode, the user's next click on a field chooses it. */
export const FRAME_ACTIONS = ['collapse', 'expand', 'dismiss', 'close-menu', 'pick'] as const;
export type FrameAction = (typeof FRAME_ACTIONS)[number];
/**
 * Which of our frames asked: the docked panel, a field's inline menu, or the panel's own window
 * (decided by the background from the sender's URL).
 */
export type Actor = 'panel' | 'menu' | 'window';

export interface InsertMessage {
  type: typeof PANEL_INSERT;
  actor: Actor;
  key: string;
  text: string;
  /** Where the user clicked Insert; the content script hit-tests it afresh. */
  point?: FramePoint;
  /** From the panel's window: the address the window was opened for; the page refuses if it shows another. */
  expectUrl?: string;
  /** The user confirmed this text in the panel after the guard could not check the click ('unsure'). */
  confirmed?: boolean;
}
export interface CheckMessage {
  type: typeof PANEL_CHECK;
  actor: Actor;
  point?: FramePoint;
}
export interface AttachMessage {
  type: typeof PANEL_ATTACH;
  actor: Actor;
  key: string;
  files: { name: string; type: string; base64: string }[];
  /** Where the user clicked Attach; checked again right before the files go in. */
  point?: FramePoint;
  expectUrl?: string;
  /** The user confirmed these files in the panel after the guard could not check the click ('unsure'). */
  confirmed?: boolean;
}
export interface FrameMessage {
  type: typeof PANEL_FRAME;
  actor: Actor;
  action: FrameAction;
}
/** Content script → its frames: whether the page hides or covers that frame right now. */
export interface CoverMessage {
  type: typeof PANEL_COVER;
  frame: Actor;
  covered: boolean;
  /** A colour-only filter (dark mode) is on the panel: it stays legible although IOv2 may say otherwise. */
  filtered?: boolean;
}

export interface InsertResult {
  ok: boolean;
  /** Why nothing was done: the field is gone, the page is not the one the panel is on, it covers or hides the panel, … */
  reason?:
    'no-field' | 'no-page' | 'moved' | 'too-long' | 'covered' | 'hidden' | 'wait' | 'unsure' | 'not-accepted' | 'one-only' | 'too-large';
  /** Inserted, but reading the field back gave something else: the page rejected or changed the text. */
  changed?: boolean;
  /** Files now in the file input. */
  count?: number;
}
