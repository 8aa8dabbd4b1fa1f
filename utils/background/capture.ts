import { browser, type Browser } from 'wxt/browser';
import { hasContextMenus } from './platform';
import { getDb } from '../db/connection';
import { addEvidence, type EvidenceOwner } from '../db/repos/evidence';
import type { Evidence } from '../model/records';
import type { NgDatabase } from '../db/schema';
import { dataUrlToBlob } from '../domain/evidence/data-url';
import { notifyCaptured } from './capture-notify';
import { CAPTURE_MENU_ID, createCaptureMenu } from './capture-menu';

export type EvidenceMeta = Omit<Evidence, 'blob'>;

/** Evidence without its Blob, which cannot cross runtime messaging. */
export function metaOf(e: Evidence): EvidenceMeta {
  const { blob: _blob, ...meta } = e;
  return meta;
}

/**
 * Screenshots the visible part of a tab and stores it with URL, title, time and
 * SHA-256. Works only under activeTab, i.e. right after a user gesture on our
 * action (popup, keyboard shortcut) or our context-menu entry for that tab.
 */
export async function captureTab(
  db: NgDatabase,
  tab: { windowId: number; url?: string; title?: string },
  owner?: EvidenceOwner,
  now = Date.now(),
): Promise<Evidence> {
  const dataUrl = await browser.tabs.captureVisibleTab(tab.windowId, { format: 'png' });
  const blob = dataUrlToBlob(dataUrl);
  const url = tab.url ?? '';
  return addEvidence(
    db,
    {
      blob,
      name: `screenshot-${new Date(now).toISOString().replace(/[:.]/g, '-')}.png`,
      ...(owner ? { owner } : {}),
      source: { url, title: tab.title ?? '' },
      capturedAt: now,
    },
    now,
  );
}

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
