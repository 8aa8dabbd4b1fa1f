import * as v from 'valibot';
import { id } from '../../db/fields';
import { ContactInputSchema } from '../../db/inputs';
import type { Contact } from '../../db/records';
import { method } from '../define';

export const contactMethods = {
  'contacts.add': method<Contact>()(ContactInputSchema, ['page']),
  'contacts.update': method<Contact>()(v.strictObject({ id, contact: ContactInputSchema }), ['page']),
  'contacts.delete': method<Contact>()(v.strictObject({ id }), ['page']),
  'contacts.recent': method<Contact[]>()(
    v.strictObject({ limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200)) }),
    ['page'],
  ),
};
