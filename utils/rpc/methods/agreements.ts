import * as v from 'valibot';
import { id } from '../../model/fields';
import { AgreementInputSchema, LenderInputSchema } from '../../model/agreement-inputs';
import { AgreementSchema, type Agreement, type Lender } from '../../model/records';
import { DELETE_CONTACT_CHOICES, DeletedAgreementSchema, type DeletedAgreement } from '../../db/repos/agreements';
import { method } from '../define';
import { withRequestKey } from './request-key';

// Agreements and their lenders: extension pages only (they hold personal data).
export const agreementMethods = {
  'lenders.update': method<Lender>()(v.strictObject({ id, lender: LenderInputSchema }), ['page']),
  'lenders.delete': method<Lender>()(v.strictObject({ id }), ['page']),
  'agreements.add': method<Agreement>()(withRequestKey(AgreementInputSchema), ['page']),
  'agreements.update': method<Agreement>()(v.strictObject({ id, agreement: AgreementInputSchema }), ['page']),
  /** The user chose what happens to linked contacts; instalments and reminders go with the agreement. */
  'agreements.delete': method<DeletedAgreement>()(v.strictObject({ id, contacts: v.picklist(DELETE_CONTACT_CHOICES) }), ['page']),
  /** Undo of a delete: exactly what delete returned. */
  'agreements.restore': method<Agreement>()(DeletedAgreementSchema, ['page']),
  'agreements.saveKit': method<Agreement>()(v.strictObject({ id, kit: AgreementSchema.entries.kit }), ['page']),
};
