import type { Caller } from './define';

/** The parts of runtime.MessageSender the router looks at. */
export interface SenderInfo {
  id?: string | undefined;
  url?: string | undefined;
  tab?: { id?: number | undefined } | undefined;
  frameId?: number | undefined;
}

export const PANEL_FRAME_PATH = '/panel-frame.html';
/** The panel in its own window (not web-accessible: no web page can load or frame it). */
export const PANEL_WINDOW_PATH = '/panel-window.html';

/**
 * Decides who is calling, from facts the browser sets (not from the message).
 * Returns null for anything that is not this extension.
 */
export function classifySender(sender: SenderInfo, extensionId: string, extensionOrigin: string): Caller | null {
  if (sender.id !== extensionId || typeof sender.url !== 'string') return null;
  let parsed: URL;
  try {
    parsed = new URL(sender.url);
  } catch {
    return null;
  }
  const origin = extensionOrigin.replace(/\/$/, '');
  if (parsed.origin === origin || `${parsed.protocol}//${parsed.host}` === origin) {
    // The panel iframe is our code, but it lives inside a web site's tab,
    // so it gets only the panel's methods.
    if (parsed.pathname === PANEL_FRAME_PATH) return 'panel';
    // The panel's window acts on a web page too, so it gets the panel's methods, not a page's.
    if (parsed.pathname === PANEL_WINDOW_PATH) return sender.frameId !== undefined && sender.frameId !== 0 ? null : 'panel';
    // No other extension page is ever framed (only the panel is web-accessible).
    // If one were loaded in a subframe — e.g. navigated to from inside the
    // panel on a web page — it must not get the full 'page' powers there.
    // Browsers set frameId only when the sender has a tab; 0 is the top frame.
    return sender.frameId !== undefined && sender.frameId !== 0 ? null : 'page';
  }
  // Anything else from our extension id is a content script in a web page.
  return sender.tab ? 'content' : null;
}
