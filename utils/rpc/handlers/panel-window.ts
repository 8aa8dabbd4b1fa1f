import { browser } from 'wxt/browser';
import type * as v from 'valibot';
import { PANEL_CHECK, PANEL_WHERE, type WhereMessage, type WhereResult } from '../../sites/panel-messages';
import type { FramePointSchema } from '../methods/panel';
import { PANEL_WINDOW_PATH } from '../sender';
import type { RpcContext } from '../context';

type Point = v.InferOutput<typeof FramePointSchema>;

// The complaint panel in its own window. The web-accessible
// panel-frame.html cannot be a top-level page (Chromium shows "blocked"), so
// the window shows panel-window.html, which no web page can load or frame.
// State lives in storage.session (trusted contexts only; the worker may stop).

/** storage.session: the panel window's tab id → the tab and address it acts on. */
const TARGET_PREFIX = 'ng.panelWindow.';
/** storage.session: a page tab id → the window showing its panel (one window per tab). */
const WINDOW_OF_PREFIX = 'ng.panelWindowOf.';
const LAST_OPEN_KEY = 'ng.panelWindowLastOpen';
/** At most one new window this often, whoever asks (a page that lures clicks cannot spawn windows). */
export const WINDOW_OPEN_GAP_MS = 3000;
/** Only these parameters pass from the page's form UI into the window's address. */
const QUERY_KEYS = new Set(['channel', 'lang', 'url', 'fields']);

export interface WindowTarget {
  tabId: number;
  /** The page's address (without fragment) when the window was opened; relayed actions require it still. */
  url: string;
}
export type OpenResult = { opened: true } | { opened: false; reason: 'no-page' | 'too-soon' | 'covered' };

export const withoutHash = (url: string) => url.split('#')[0] ?? url;

export function isPanelWindow(ctx: RpcContext): boolean {
  try {
    return ctx.senderUrl !== undefined && new URL(ctx.senderUrl).pathname === PANEL_WINDOW_PATH;
  } catch {
    return false;
  }
}

/** The tab a panel window acts on, recorded by the background when it opened the window (never from a message). */
export async function windowTarget(panelTabId: number): Promise<WindowTarget | undefined> {
  const key = `${TARGET_PREFIX}${panelTabId}`;
  const t = (await browser.storage.session.get(key))[key] as Partial<WindowTarget> | undefined;
  return typeof t?.tabId === 'number' && typeof t.url === 'string' ? { tabId: t.tabId, url: t.url } : undefined;
}

async function askPage<T>(tabId: number, message: unknown): Promise<T | undefined> {
  try {
    return (await browser.tabs.sendMessage(tabId, message, { frameId: 0 })) as T | undefined;
  } catch {
    return undefined;
  }
}

// Opening is serialised, so two quick requests cannot both pass the rate limit.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Opens (or brings forward) the panel's window for `tabId`. From the docked
 * panel the click must pass the content script's guard at its point (a user
 * gesture on the visible panel); extension pages (the toolbar popup) are
 * trusted. Content scripts cannot call this at all (the contract's callers).
 */
export function openPanelWindow(ctx: RpcContext, tabId: number, point: Point | undefined): Promise<OpenResult> {
  const run = queue.then(() => open(ctx, tabId, point));
  queue = run.catch(() => undefined);
  return run;
}

async function open(ctx: RpcContext, tabId: number, point: Point | undefined): Promise<OpenResult> {
  if (ctx.caller === 'panel') {
    const check = await askPage<{ ok: boolean }>(tabId, { type: PANEL_CHECK, actor: 'panel', ...(point ? { point } : {}) });
    if (!check?.ok) return { opened: false, reason: 'covered' };
  }
  const ofKey = `${WINDOW_OF_PREFIX}${tabId}`;
  const existing = (await browser.storage.session.get(ofKey))[ofKey];
  if (typeof existing === 'number') {
    try {
      await browser.windows.update(existing, { focused: true });
      return { opened: true };
    } catch {
      // closed since: open a new one
    }
  }
  const last = (await browser.storage.session.get(LAST_OPEN_KEY))[LAST_OPEN_KEY];
  if (typeof last === 'number' && ctx.now() - last < WINDOW_OPEN_GAP_MS) return { opened: false, reason: 'too-soon' };
  const where = await askPage<WhereResult>(tabId, { type: PANEL_WHERE } satisfies WhereMessage);
  if (typeof where?.url !== 'string' || typeof where.query !== 'string') return { opened: false, reason: 'no-page' };
  await browser.storage.session.set({ [LAST_OPEN_KEY]: ctx.now() });
  const params = new URLSearchParams(where.query);
  for (const k of [...params.keys()]) if (!QUERY_KEYS.has(k)) params.delete(k);
  params.set('window', '1');
  const win = await browser.windows.create({
    url: browser.runtime.getURL(`${PANEL_WINDOW_PATH}?${params}` as '/panel-window.html'),
    type: 'popup',
    width: 420,
    height: 680,
  });
  const panelTab = win?.tabs?.[0]?.id;
  if (panelTab === undefined || win?.id === undefined) return { opened: false, reason: 'no-page' };
  await browser.storage.session.set({
    [`${TARGET_PREFIX}${panelTab}`]: { tabId, url: withoutHash(where.url) } satisfies WindowTarget,
    [ofKey]: win.id,
  });
  return { opened: true };
}
