import { browser } from 'wxt/browser';
import { countContacts } from '../../db/repos/contacts';
import { loadPanelContext } from '../../db/repos/panel-context';
import { PANEL_ATTACH, PANEL_CHECK, PANEL_FRAME, PANEL_INSERT, type Actor, type InsertResult } from '../../sites/panel-messages';
import { isPanelWindow, openPanelWindow, windowTarget, withoutHash, type OpenResult } from './panel-window';
import { evidenceFiles } from './evidence-files';
import type { RpcContext } from '../context';
import type { HandlersFor } from './types';
import type { panelMethods } from '../methods/panel';
import { readHiddenHosts } from '../../storage/items';

/**
 * Sends a message to the content script in the top frame of the panel's own
 * tab. The tab comes from the browser's MessageSender, never from the message,
 * so a panel can only ever act on the page it is shown on. The panel's window
 * acts on the tab it was opened for, and only while that tab still shows the
 * address it was opened for (the page checks `expectUrl` as it fills).
 */
async function relay(ctx: RpcContext, message: Record<string, unknown>): Promise<InsertResult> {
  if (ctx.tabId === undefined) return { ok: false, reason: 'no-page' };
  let tabId = ctx.tabId;
  if (isPanelWindow(ctx)) {
    const target = await windowTarget(ctx.tabId);
    if (!target) return { ok: false, reason: 'no-page' };
    tabId = target.tabId;
    message = { ...message, expectUrl: target.url };
    // Where the browser tells us the tab's address (host access), refuse before asking the page at all.
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    if (!tab) return { ok: false, reason: 'no-page' };
    if (tab.url !== undefined && withoutHash(tab.url) !== target.url) return { ok: false, reason: 'moved' };
  }
  try {
    const res = (await browser.tabs.sendMessage(tabId, message, { frameId: 0 })) as InsertResult | undefined;
    return res ?? { ok: false, reason: 'no-page' };
  } catch {
    return { ok: false, reason: 'no-page' };
  }
}

/** The form UI (anchors, inline menus, docked panel, insert): injected once a form is recognised. */
export const FORM_UI_FILE = '/complaint-form-ui.js';

/** Which of our frames calls: the panel's window, a field's inline menu (a `field` in its address), or the docked panel. */
function actorOf(ctx: RpcContext): Actor {
  if (isPanelWindow(ctx)) return 'window';
  try {
    return ctx.senderUrl && new URL(ctx.senderUrl).searchParams.has('field') ? 'menu' : 'panel';
  } catch {
    return 'panel';
  }
}

/** The docked panel opens a window for its own tab; an extension page (the popup) names the tab. */
function openWindow(ctx: RpcContext, input: Parameters<(typeof panelHandlers)['panel.openWindow']>[0]): Promise<OpenResult> {
  const tabId = ctx.caller === 'panel' ? ctx.tabId : input.tabId;
  // No window from a window or an inline menu, and none without a tab.
  if (tabId === undefined || (ctx.caller === 'panel' && actorOf(ctx) !== 'panel'))
    return Promise.resolve({ opened: false, reason: 'no-page' });
  return openPanelWindow(ctx, tabId, input.point);
}

export const panelHandlers: HandlersFor<typeof panelMethods> = {
  'panel.summary': async (_input, ctx) => ({ contactCount: await countContacts(ctx.db) }),
  'panel.context': (input, ctx) => loadPanelContext(ctx.db, input.lenderId, ctx.now()),
  'panel.insert': (input, ctx) =>
    relay(ctx, {
      type: PANEL_INSERT,
      actor: actorOf(ctx),
      key: input.key,
      text: input.text,
      ...(input.point ? { point: input.point } : {}),
      ...(input.confirmed ? { confirmed: true } : {}),
    }),
  'panel.check': (input, ctx) => relay(ctx, { type: PANEL_CHECK, actor: actorOf(ctx), ...(input.point ? { point: input.point } : {}) }),
  'panel.frame': (input, ctx) => relay(ctx, { type: PANEL_FRAME, actor: actorOf(ctx), action: input.action }),
  'panel.attach': async (input, ctx) => {
    // Ask the guard first, so a covered page never gets a file (and we never read the files for nothing).
    const check = await relay(ctx, { type: PANEL_CHECK, actor: actorOf(ctx), ...(input.point ? { point: input.point } : {}) });
    // Only 'unsure' is lifted by the user's confirmation; the page checks again as the files arrive.
    if (!check.ok && !(check.reason === 'unsure' && input.confirmed)) return check;
    const files = await evidenceFiles(ctx.db, input.ids, input.maxBytes, input.reencode === true);
    if (!files.ok) return { ok: false, reason: files.reason };
    return relay(ctx, {
      type: PANEL_ATTACH,
      actor: actorOf(ctx),
      key: input.key,
      files: files.files,
      ...(input.point ? { point: input.point } : {}),
      ...(input.confirmed ? { confirmed: true } : {}),
    });
  },
  'panel.openWindow': (input, ctx) => openWindow(ctx, input),
  'panel.loadUi': async (_input, ctx) => {
    if (ctx.tabId === undefined) return { loaded: false };
    // Top frame only; the script is ours, and it runs only where we already run (it needs the same host access).
    await browser.scripting.executeScript({ target: { tabId: ctx.tabId, frameIds: [0] }, files: [FORM_UI_FILE] });
    return { loaded: true };
  },
  // The host comes from the browser's MessageSender, never from the message.
  'panel.hidden': async (_input, ctx) => ({
    hidden: ctx.senderUrl !== undefined && (await readHiddenHosts()).includes(new URL(ctx.senderUrl).hostname),
  }),
};
