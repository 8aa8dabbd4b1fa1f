import { browser, type Browser } from 'wxt/browser';
import { hasContextMenus } from './platform';
import { getDb } from '../db/connection';
import { captureTab } from '../rpc/handlers/capture-tab';
import { notifyCaptured } from './capture-notify';
import { CAPTURE_MENU_ID, createCaptureMenu } from './capture-menu';

async function onMenuClick(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  if (info.menuItemId !== CAPTURE_MENU_ID || !tab || tab.windowId === undefined) return;
  try {
    const e = await captureTab(getDb(), { windowId: tab.windowId, url: tab.url ?? info.pageUrl, title: tab.title ?? '' });
    await notifyCaptured(true, e.source?.title ?? '');
  } catch (err) {
    console.error('capture failed', err);
    await notifyCaptured(false, '').catch((e: unknown) => console.error('notification failed', e));
  }
}

/** Registers the context-menu entry (on install) and its click listener (at every start). */
export function registerCapture(): void {
  // Firefox for Android has no context menus: capturing stays in the popup there.
  if (!hasContextMenus()) return;
  browser.runtime.onInstalled.addListener(() => {
    void createCaptureMenu();
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void onMenuClick(info, tab);
  });
}
