import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contract } from '@/utils/rpc/contract';
import { handlers } from '@/utils/rpc/handlers';
import { createRouter, type Handler } from '@/utils/rpc/router';
import { classifySender } from '@/utils/rpc/sender';
import { PANEL_CHECK, PANEL_INSERT, PANEL_WHERE } from '@/utils/sites/panel-messages';
import { WINDOW_OPEN_GAP_MS } from '@/utils/rpc/handlers/panel-window';
import type { Caller } from '@/utils/rpc/define';
import { freshDb } from '../helpers/db';

// Issue 19, item 5: the panel's own window.
const route = createRouter(contract, handlers as unknown as Record<string, Handler>);
const req = (method: string, input: unknown) => ({ tag: 'ng-rpc-1', method, input });
const EXT = 'chrome-extension://abc/';
const PAGE_TAB = 7;
const WINDOW_TAB = 40;
const PAGE_URL = 'https://complain.lender.example/form?step=1';

interface Sent {
  tabId: number;
  message: { type: string; expectUrl?: string; actor?: string };
}

/** A browser whose page tab answers like the form UI does: where it is, and whether the guard lets a click through. */
function fakePage(opts: { url?: string; guardOk?: boolean } = {}) {
  const sent: Sent[] = [];
  let url = opts.url ?? PAGE_URL;
  const sendMessage = vi.fn(async (tabId: number, message: Sent['message']) => {
    sent.push({ tabId, message });
    if (tabId !== PAGE_TAB) throw new Error('no receiver');
    if (message.type === PANEL_WHERE) return { url, query: 'channel=user-site&url=x&fields=[]&evil=1' };
    if (message.type === PANEL_CHECK) return { ok: opts.guardOk ?? true };
    if (message.type === PANEL_INSERT)
      return message.expectUrl === undefined || message.expectUrl === url.split('#')[0] ? { ok: true } : { ok: false, reason: 'moved' };
    return { ok: true };
  });
  const create = vi.fn(async (_o: { url: string }) => ({ id: 900, tabs: [{ id: WINDOW_TAB }] }));
  const update = vi.fn(async () => ({}));
  Object.assign(fakeBrowser.tabs, { sendMessage, get: vi.fn(async () => ({ id: PAGE_TAB })) });
  Object.assign(fakeBrowser, { windows: { create, update } });
  return { sent, create, update, navigate: (next: string) => void (url = next) };
}

async function call(method: string, input: unknown, caller: Caller, extra: { senderUrl?: string; tabId?: number; now?: number } = {}) {
  const db = await freshDb();
  const now = extra.now ?? 1_000_000;
  return route(req(method, input), caller, (c) => ({
    db,
    caller: c,
    now: () => now,
    ...(extra.senderUrl ? { senderUrl: extra.senderUrl } : {}),
    ...(extra.tabId !== undefined ? { tabId: extra.tabId } : {}),
  }));
}
const fromPopup = (now?: number) =>
  call('panel.openWindow', { tabId: PAGE_TAB }, 'page', { senderUrl: `${EXT}popup.html`, ...(now ? { now } : {}) });
const fromWindow = (text: string) =>
  call('panel.insert', { key: 'f0', text }, 'panel', { senderUrl: `${EXT}panel-window.html?window=1`, tabId: WINDOW_TAB });

describe('panel.openWindow', () => {
  it('opens panel-window.html (not the web-accessible frame) with only the panel parameters', async () => {
    const b = fakePage();
    expect(await fromPopup()).toMatchObject({ ok: true, value: { opened: true } });
    const url = new URL(b.create.mock.calls[0]![0].url);
    expect(url.pathname).toBe('/panel-window.html');
    expect(url.searchParams.get('window')).toBe('1');
    expect(url.searchParams.has('evil')).toBe(false);
  });

  it('a content script cannot open one; the window itself and inline menus cannot either', async () => {
    const b = fakePage();
    expect(await call('panel.openWindow', {}, 'content', { senderUrl: PAGE_URL, tabId: PAGE_TAB })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await call('panel.openWindow', {}, 'panel', { senderUrl: `${EXT}panel-window.html`, tabId: WINDOW_TAB })).toMatchObject({
      ok: true,
      value: { opened: false },
    });
    expect(await call('panel.openWindow', {}, 'panel', { senderUrl: `${EXT}panel-frame.html?field=f0`, tabId: PAGE_TAB })).toMatchObject({
      ok: true,
      value: { opened: false },
    });
    expect(b.create).not.toHaveBeenCalled();
  });

  it('from the docked panel, only when the page guard accepts the click point (a user gesture on the visible panel)', async () => {
    let b = fakePage({ guardOk: false });
    const point = { x: 10, y: 10 };
    expect(await call('panel.openWindow', { point }, 'panel', { senderUrl: `${EXT}panel-frame.html`, tabId: PAGE_TAB })).toMatchObject({
      ok: true,
      value: { opened: false, reason: 'covered' },
    });
    expect(b.create).not.toHaveBeenCalled();
    b = fakePage({ guardOk: true });
    expect(await call('panel.openWindow', { point }, 'panel', { senderUrl: `${EXT}panel-frame.html`, tabId: PAGE_TAB })).toMatchObject({
      ok: true,
      value: { opened: true },
    });
    expect(b.sent.find((s) => s.message.type === PANEL_CHECK)?.message).toMatchObject({ actor: 'panel', point });
  });

  it('is rate-limited, and brings an open window forward instead of opening another', async () => {
    const b = fakePage();
    expect(await fromPopup(1_000_000)).toMatchObject({ value: { opened: true } });
    // Same tab again: the existing window is focused.
    expect(await fromPopup(1_000_500)).toMatchObject({ value: { opened: true } });
    expect(b.update).toHaveBeenCalledWith(900, { focused: true });
    expect(b.create).toHaveBeenCalledTimes(1);
    // The window was closed: a new one only after the gap.
    b.update.mockRejectedValue(new Error('no window'));
    expect(await fromPopup(1_000_000 + WINDOW_OPEN_GAP_MS - 1)).toMatchObject({ value: { opened: false, reason: 'too-soon' } });
    expect(await fromPopup(1_000_000 + WINDOW_OPEN_GAP_MS)).toMatchObject({ value: { opened: true } });
    expect(b.create).toHaveBeenCalledTimes(2);
  });

  it('refuses a tab without the form UI', async () => {
    fakePage();
    expect(await call('panel.openWindow', { tabId: 99 }, 'page', { senderUrl: `${EXT}popup.html` })).toMatchObject({
      value: { opened: false, reason: 'no-page' },
    });
  });
});

describe('relayed actions from the panel window', () => {
  it('the window is a panel caller (not a full extension page)', () => {
    expect(classifySender({ id: 'abc', url: `${EXT}panel-window.html?window=1`, tab: { id: WINDOW_TAB }, frameId: 0 }, 'abc', EXT)).toBe(
      'panel',
    );
  });

  it('Insert reaches the tab the window was opened for, with the address it was opened for', async () => {
    const b = fakePage();
    await fromPopup();
    expect(await fromWindow('Li Ming')).toMatchObject({ ok: true, value: { ok: true } });
    const insert = b.sent.find((s) => s.message.type === PANEL_INSERT)!;
    expect(insert).toMatchObject({ tabId: PAGE_TAB, message: { actor: 'window', expectUrl: PAGE_URL } });
  });

  it('a tab that navigated elsewhere refuses (checked by the page as it fills, and from tabs.get where the browser tells)', async () => {
    const b = fakePage();
    await fromPopup();
    b.navigate('https://complain.lender.example/other');
    expect(await fromWindow('Li Ming')).toMatchObject({ ok: true, value: { ok: false, reason: 'moved' } });
    Object.assign(fakeBrowser.tabs, { get: vi.fn(async () => ({ id: PAGE_TAB, url: 'https://evil.example/' })) });
    const before = b.sent.length;
    expect(await fromWindow('Li Ming')).toMatchObject({ ok: true, value: { ok: false, reason: 'moved' } });
    expect(b.sent.length).toBe(before); // refused before the page was asked at all
  });

  it('a window the background did not open acts on nothing', async () => {
    const b = fakePage();
    expect(await fromWindow('x')).toMatchObject({ ok: true, value: { ok: false, reason: 'no-page' } });
    expect(b.sent).toEqual([]);
  });
});
