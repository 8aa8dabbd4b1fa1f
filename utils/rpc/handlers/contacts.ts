import { addContact, deleteContact, recentContacts, updateContact } from '../../db/repos/contacts';
import type { HandlersFor } from './types';
import type { contactMethods } from '../methods/contacts';

export const contactHandlers: HandlersFor<typeof contactMethods> = {
  'contacts.add': async (input, ctx) => {
    const c = await addContact(ctx.db, input, ctx.now());
    ctx.emit('data-changed');
    return c;
  },
  'contacts.update': async (input, ctx) => {
    const c = await updateContact(ctx.db, input.id, input.contact, ctx.now());
    ctx.emit('data-changed');
    return c;
  },
  'contacts.delete': async (input, ctx) => {
    const c = await deleteContact(ctx.db, input.id);
    ctx.emit('data-changed');
    return c;
  },
  'contacts.recent': (input, ctx) => recentContacts(ctx.db, input.limit),
};
