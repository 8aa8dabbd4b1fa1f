import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerCapture } from '@/utils/background/capture';
import { CAPTURE_MENU_ID } from '@/utils/background/capture-menu';
import { setDbForTests } from '@/utils/db/connection';
import { freshDb } from '../helpers/db';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

describe('context-menu capture', () => {
  it('captures the clicked tab, stores it and notifies in the user’s language; ignores other menu ids', async () => {
    const db = await freshDb();
    setDbForTests(db);
    const capture = vi.fn().mockResolvedValue(PNG);
    const notify = vi.fn().mockResolvedValue('n1');
    Object.assign(fakeBrowser.tabs, { captureVisibleTab: capture });
    Object.assign(fakeBrowser, { notifications: { create: notify } });
    await fakeBrowser.storage.local.set({ 'ng.locale': 'en' });
    // The fake browser has no context menus: capture the listener the background registers.
    let onClicked: ((info: unknown, tab: unknown) => void) | undefined;
    Object.assign(fakeBrowser, { contextMenus: { onClicked: { addListener: (f: typeof onClicked) => (onClicked = f) } } });
    registerCapture();
    const tab = { id: 4, windowId: 2, url: 'https://wx.example/chat', title: 'Chat' } as never;
    onClicked!({ menuItemId: 'someone-else', editable: false }, tab);
    onClicked!({ menuItemId: CAPTURE_MENU_ID, editable: false }, tab);
    await vi.waitFor(() => expect(notify).toHaveBeenCalledTimes(1));
    expect(capture).toHaveBeenCalledTimes(1);
    expect(await db.evidence.toArray()).toMatchObject([{ source: { url: 'https://wx.example/chat', title: 'Chat' }, mime: 'image/png' }]);
    expect(notify.mock.calls[0]![0].message).toBe('Screenshot saved as evidence: Chat');
    setDbForTests(undefined);
  });
});
