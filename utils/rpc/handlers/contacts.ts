import { addContact, deleteContact, linkContact, recentContacts, restoreContact, updateContact } from '../../db/repos/contacts';
import { popupRecent } from '../../db/repos/popup-first';
import type { HandlersFor } from './types';
import type { contactMethods } from '../methods/contacts';
import { splitKey } from '../methods/request-key';

export const contactHandlers: HandlersFor<typeof contactMethods> = {
  'contacts.add': (input, ctx) => {
    const [contact, key] = splitKey(input);
    return addContact(ctx.db, contact, ctx.now(), key);
  },
  'contacts.update': (input, ctx) => updateContact(ctx.db, input.id, input.contact, ctx.now()),
  'contacts.link': (input, ctx) => linkContact(ctx.db, input.id, input.agreementId, ctx.now()),
  'contacts.delete': (input, ctx) => deleteContact(ctx.db, input.id),
  'contacts.restore': (input, ctx) => restoreContact(ctx.db, input.contact, input.evidenceIds),
  'contacts.recent': (input, ctx) => recentContacts(ctx.db, input.limit),
  'contacts.popupFirst': (_input, ctx) => popupRecent(ctx.db),
};
