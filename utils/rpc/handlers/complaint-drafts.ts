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
    const c = await saveDraftEdit(ctx.db, input.channelId, input.url, input.key, input.text, ctx.now());
    ctx.emit('data-changed');
    return c;
  },
  'complaints.markSubmitted': async (input, ctx) => {
    const c = await markSubmitted(ctx.db, input.id, input.url, input.referenceNo, ctx.now());
    ctx.emit('data-changed');
    ctx.emit('reminders-changed');
    return c;
  },
};
