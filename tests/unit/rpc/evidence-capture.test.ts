import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contract } from '@/utils/rpc/contract';
import { handlers } from '@/utils/rpc/handlers';
import { createRouter, type Handler } from '@/utils/rpc/router';
import { freshDb, testContext } from '../helpers/db';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
const route = createRouter(contract, handlers as unknown as Record<string, Handler>);
const req = (input: unknown) => ({ tag: 'ng-rpc-1', method: 'evidence.capture', input });

describe('evidence.capture (screenshot of the visible tab)', () => {
  it('stores the PNG with the tab’s URL and title from the browser, and its SHA-256', async () => {
    const db = await freshDb();
    const get = vi.fn().mockResolvedValue({ id: 7, windowId: 3, active: true, url: 'https://sms.example/inbox', title: '催收短信' });
    const capture = vi.fn().mockResolvedValue(PNG);
    Object.assign(fakeBrowser.tabs, { get, captureVisibleTab: capture });
    const res = await route(req({ tabId: 7, windowId: 3 }), 'page', () => testContext(db));
    expect(res).toMatchObject({ ok: true, value: { mime: 'image/png', source: { url: 'https://sms.example/inbox', title: '催收短信' } } });
    expect(capture).toHaveBeenCalledWith(3, { format: 'png' });
    const [stored] = await db.evidence.toArray();
    expect(stored!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(stored).not.toHaveProperty('ownerType');
    expect((res as { value: object }).value).not.toHaveProperty('blob');
  });

  it('refuses a tab that is not in the given window, and callers other than extension pages', async () => {
    const db = await freshDb();
    Object.assign(fakeBrowser.tabs, { get: vi.fn().mockResolvedValue({ id: 7, windowId: 9 }), captureVisibleTab: vi.fn() });
    expect(await route(req({ tabId: 7, windowId: 3 }), 'page', () => testContext(db))).toMatchObject({
      ok: false,
      error: { field: 'windowId' },
    });
    expect(await route(req({ tabId: 7, windowId: 3 }), 'panel', () => testContext(db))).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    // A background tab of the right window: the screenshot would show another page than the recorded URL.
    Object.assign(fakeBrowser.tabs, { get: vi.fn().mockResolvedValue({ id: 7, windowId: 3, active: false, url: 'https://a.example/' }) });
    expect(await route(req({ tabId: 7, windowId: 3 }), 'page', () => testContext(db))).toMatchObject({
      ok: false,
      error: { field: 'tabId' },
    });
    expect(await route(req({ tabId: -1, windowId: 3 }), 'page', () => testContext(db))).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await db.evidence.count()).toBe(0);
  });
});
