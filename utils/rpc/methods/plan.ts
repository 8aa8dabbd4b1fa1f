import * as v from 'valibot';
import { id } from '../../model/fields';
import { MarkPaidInputSchema, SavePlanInputSchema } from '../../model/agreement-inputs';
import type { Installment, Reminder } from '../../model/records';
import { ReminderUpdateSchema } from '../../db/repos/reminders';
import { method } from '../define';

// Repayment plans and their reminders: extension pages only.
export const planMethods = {
  'installments.savePlan': method<Installment[]>()(SavePlanInputSchema, ['page']),
  'installments.markPaid': method<Installment>()(MarkPaidInputSchema, ['page']),
  'installments.unmarkPaid': method<Installment>()(v.strictObject({ id }), ['page']),
  'reminders.update': method<Reminder>()(ReminderUpdateSchema, ['page']),
};
