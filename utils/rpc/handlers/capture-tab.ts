import { browser } from 'wxt/browser';
import { addEvidence, type EvidenceOwner } from '../../db/repos/evidence';
import type { Evidence } from '../../model/records';
import type { NgDatabase } from '../../db/schema';
import { dataUrlToBlob } from '../../domain/evidence/data-url';

/**
 * Screenshots the visible part of a tab and stores it with URL, title, time and
 * SHA-256. Works only under activeTab, i.e. right after a user gesture on our
 * action (popup, keyboard shortcut) or our context-menu entry for that tab.
 * Shared by the evidence.capture handler and the background's context menu.
 */
export async function captureTab(
  db: NgDatabase,
  tab: { windowId: number; url?: string | undefined; title?: string | undefined },
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
