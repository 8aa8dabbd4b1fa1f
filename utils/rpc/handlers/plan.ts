import { markPaid, savePlan, unmarkPaid } from '../../db/repos/installments';
import { updateReminder } from '../../db/repos/reminders';
import { changed } from './agreements';
import type { HandlersFor } from './types';
import type { planMethods } from '../methods/plan';

export const planHandlers: HandlersFor<typeof planMethods> = {
  'installments.savePlan': async (input, ctx) => changed(ctx, await savePlan(ctx.db, input, ctx.now())),
  'installments.markPaid': async (input, ctx) => changed(ctx, await markPaid(ctx.db, input, ctx.now())),
  'installments.unmarkPaid': async (input, ctx) => changed(ctx, await unmarkPaid(ctx.db, input.id, ctx.now())),
  'reminders.update': async (input, ctx) => changed(ctx, await updateReminder(ctx.db, input)),
};
