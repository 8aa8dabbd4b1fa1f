import * as v from 'valibot';
import { id } from '../../model/fields';
import { ContactInputSchema } from '../../model/inputs';
import { ContactSchema, type Contact } from '../../model/records';
import type { DeletedContact } from '../../db/repos/contacts';
import { method } from '../define';
import { withRequestKey } from './request-key';
import type { PopupFirst } from '../../db/repos/popup-first';

export const contactMethods = {
  'contacts.add': method<Contact>()(withRequestKey(ContactInputSchema), ['page']),
  'contacts.update': method<Contact>()(v.strictObject({ id, contact: ContactInputSchema }), ['page']),
  'contacts.link': method<Contact>()(v.strictObject({ id, agreementId: v.nullable(id) }), ['page']),
  'contacts.delete': method<DeletedContact>()(v.strictObject({ id }), ['page']),
  /** Undo of a delete: the record exactly as delete returned it. */
  'contacts.restore': method<Contact>()(v.strictObject({ contact: ContactSchema, evidenceIds: v.pipe(v.array(id), v.maxLength(500)) }), [
    'page',
  ]),
  'contacts.recent': method<Contact[]>()(v.strictObject({ limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200)) }), [
    'page',
  ]),
  /** The popup's first screen, from the background's open database (see utils/db/repos/popup-first.ts). */
  'contacts.popupFirst': method<PopupFirst>()(v.strictObject({}), ['page']),
};
