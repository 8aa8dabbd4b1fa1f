import { browser } from 'wxt/browser';
import { captureTab } from './capture-tab';
import { metaOf } from '../../db/repos/evidence-meta';
import { attachEvidence, deleteEvidence, verifyEvidence } from '../../db/repos/evidence';
import { AppError } from '../../model/errors';
import type { HandlersFor } from './types';
import type { evidenceMethods } from '../methods/evidence';

export const evidenceHandlers: HandlersFor<typeof evidenceMethods> = {
  'evidence.capture': async (input, ctx) => {
    // URL and title come from the browser's record of the tab, not from the caller.
    const tab = await browser.tabs.get(input.tabId);
    if (tab.windowId !== input.windowId)
      throw new AppError({ code: 'invalid-input', field: 'windowId', message: 'tab is not in that window' });
    // captureVisibleTab shoots the window's active tab: the URL and title recorded must be that tab's.
    if (!tab.active) throw new AppError({ code: 'invalid-input', field: 'tabId', message: 'tab is not the visible tab of its window' });
    const e = await captureTab(ctx.db, { windowId: input.windowId, url: tab.url ?? '', title: tab.title ?? '' }, input.owner, ctx.now());
    return metaOf(e);
  },
  'evidence.verify': (input, ctx) => verifyEvidence(ctx.db, input.id),
  'evidence.attach': async (input, ctx) => {
    await attachEvidence(ctx.db, input.id, input.owner);
    return null;
  },
  'evidence.delete': (input, ctx) => deleteEvidence(ctx.db, input.id),
};
