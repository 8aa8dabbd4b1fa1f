import { draftOnPage, markSubmitted, saveDraftEdit } from '../../db/repos/complaint-drafts';
import type { complaintDraftMethods } from '../methods/complaint-drafts';
import { assertOnHost } from './complaints';
import type { HandlersFor } from './types';

export const complaintDraftHandlers: HandlersFor<typeof complaintDraftMethods> = {
  'complaints.draftOnPage': async (input, ctx) => {
    await assertOnHost(ctx, input.channelId, input.url);
    return (await draftOnPage(ctx.db, input.channelId, input.url)) ?? null;
  },
  'complaints.saveEdit': async (input, ctx) => {
    await assertOnHost(ctx, input.channelId, input.url);
    return saveDraftEdit(ctx.db, input.channelId, input.url, input.key, input.text, ctx.now());
  },
  'complaints.markSubmitted': (input, ctx) => markSubmitted(ctx.db, input.id, input.url, input.referenceNo, ctx.now()),
};
