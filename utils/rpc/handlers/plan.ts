import { markPaid, savePlan, unmarkPaid } from '../../db/repos/installments';
import { updateReminder } from '../../db/repos/reminders';
import type { HandlersFor } from './types';
import type { planMethods } from '../methods/plan';

export const planHandlers: HandlersFor<typeof planMethods> = {
  'installments.savePlan': (input, ctx) => savePlan(ctx.db, input, ctx.now()),
  'installments.markPaid': (input, ctx) => markPaid(ctx.db, input, ctx.now()),
  'installments.unmarkPaid': (input, ctx) => unmarkPaid(ctx.db, input.id, ctx.now()),
  'reminders.update': (input, ctx) => updateReminder(ctx.db, input),
};
