import { browser } from 'wxt/browser';
import { countContacts } from '../../db/repos/contacts';
import { loadPanelContext } from '../../db/repos/panel-context';
import { PANEL_ATTACH, PANEL_CHECK, PANEL_FRAME, PANEL_INSERT, type Actor, type InsertResult } from '../../sites/panel-messages';
import { evidenceFiles } from './evidence-files';
import type { RpcContext } from '../context';
import type { HandlersFor } from './types';
import type { panelMethods } from '../methods/panel';
import { readHiddenHosts } from '../../storage/items';

/**
 * Sends a message to the content script in the top frame of the panel's own
 * tab. The tab comes from the browser's MessageSender, never from the message,
 * so a panel can only ever act on the page it is shown on.
 */
async function relay(ctx: RpcContext, message: unknown): Promise<InsertResult> {
  if (ctx.tabId === undefined) return { ok: false, reason: 'no-page' };
  // A panel in its own window acts on the tab that opened it (recorded by the background, not the message).
  const key = `${WINDOW_TAB_PREFIX}${ctx.tabId}`;
  const opener = (await browser.storage.session.get(key))[key];
  const tabId = typeof opener === 'number' ? opener : ctx.tabId;
  try {
    const res = (await browser.tabs.sendMessage(tabId, message, { frameId: 0 })) as InsertResult | undefined;
    return res ?? { ok: false, reason: 'no-page' };
  } catch {
    return { ok: false, reason: 'no-page' };
  }
}

/** The form UI (anchors, inline menus, docked panel, insert): injected once a form is recognised. */
export const FORM_UI_FILE = '/complaint-form-ui.js';
const WINDOW_TAB_PREFIX = 'ng.panelWindow.';
/** Only these parameters pass from a web page's content script into the panel's address. */
const QUERY_KEYS = new Set(['channel', 'lang', 'url', 'fields']);

async function openWindow(ctx: RpcContext, query: string): Promise<{ opened: boolean }> {
  if (ctx.tabId === undefined || !ctx.senderUrl) return { opened: false };
  const params = new URLSearchParams(query);
  for (const k of [...params.keys()]) if (!QUERY_KEYS.has(k)) params.delete(k);
  params.set('channel', 'user-site');
  params.set('url', new URL(ctx.senderUrl).origin + new URL(ctx.senderUrl).pathname);
  params.set('window', '1');
  const win = await browser.windows.create({ url: browser.runtime.getURL(`/panel-frame.html?${params}`), type: 'popup', width: 420, height: 680 });
  const panelTab = win?.tabs?.[0]?.id;
  if (panelTab === undefined) return { opened: false };
  await browser.storage.session.set({ [`${WINDOW_TAB_PREFIX}${panelTab}`]: ctx.tabId });
  return { opened: true };
}

/** Which of our frames calls: a field's inline menu has a `field` in its address, the docked panel does not. */
function actorOf(ctx: RpcContext): Actor {
  try {
    return ctx.senderUrl && new URL(ctx.senderUrl).searchParams.has('field') ? 'menu' : 'panel';
  } catch {
    return 'panel';
  }
}

export const panelHandlers: HandlersFor<typeof panelMethods> = {
  'panel.summary': async (_input, ctx) => ({ contactCount: await countContacts(ctx.db) }),
  'panel.context': (input, ctx) => loadPanelContext(ctx.db, input.lenderId, ctx.now()),
  'panel.insert': (input, ctx) =>
    relay(ctx, { type: PANEL_INSERT, actor: actorOf(ctx), key: input.key, text: input.text, ...(input.point ? { point: input.point } : {}) }),
  'panel.check': (input, ctx) => relay(ctx, { type: PANEL_CHECK, actor: actorOf(ctx), ...(input.point ? { point: input.point } : {}) }),
  'panel.frame': (input, ctx) => relay(ctx, { type: PANEL_FRAME, actor: actorOf(ctx), action: input.action }),
  'panel.attach': async (input, ctx) => {
    // Ask the guard first, so a covered page never gets a file (and we never read the files for nothing).
    const check = await relay(ctx, { type: PANEL_CHECK, actor: actorOf(ctx), ...(input.point ? { point: input.point } : {}) });
    if (!check.ok) return check;
    const files = await evidenceFiles(ctx.db, input.ids, input.maxBytes, input.reencode === true);
    if (!files.ok) return { ok: false, reason: files.reason };
    return relay(ctx, { type: PANEL_ATTACH, actor: actorOf(ctx), key: input.key, files: files.files, ...(input.point ? { point: input.point } : {}) });
  },
  'panel.openWindow': (input, ctx) => openWindow(ctx, input.query),
  'panel.loadUi': async (_input, ctx) => {
    if (ctx.tabId === undefined) return { loaded: false };
    // Top frame only; the script is ours, and it runs only where we already run (it needs the same host access).
    await browser.scripting.executeScript({ target: { tabId: ctx.tabId, frameIds: [0] }, files: [FORM_UI_FILE] });
    return { loaded: true };
  },
  // The host comes from the browser's MessageSender, never from the message.
  'panel.hidden': async (_input, ctx) => ({ hidden: ctx.senderUrl !== undefined && (await readHiddenHosts()).includes(new URL(ctx.senderUrl).hostname) }),
};
