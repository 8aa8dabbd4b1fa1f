import type { Caller } from './define';

/** The parts of runtime.MessageSender the router looks at. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

export const PANEL_FRAME_PATH = '/panel-frame.html';

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
    return parsed.pathname === PANEL_FRAME_PATH ? 'panel' : 'page';
  }
  // Anything else from our extension id is a content script in a web page.
  return sender.tab ? 'content' : null;
}
