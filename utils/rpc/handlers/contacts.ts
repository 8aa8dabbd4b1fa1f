import { addContact, deleteContact, linkContact, recentContacts, restoreContact, updateContact } from '../../db/repos/contacts';
import { popupRecent } from '../../db/repos/popup-first';
import type { HandlersFor } from './types';
import type { contactMethods } from '../methods/contacts';
import type { RpcContext } from '../context';
import { splitKey } from '../methods/request-key';

/** Runs a write and tells the background subsystems that data changed. */
async function write<T>(ctx: RpcContext, run: () => Promise<T>): Promise<T> {
  const out = await run();
  ctx.emit('data-changed');
  return out;
}

export const contactHandlers: HandlersFor<typeof contactMethods> = {
  'contacts.add': (input, ctx) => {
    const [contact, key] = splitKey(input);
    return write(ctx, () => addContact(ctx.db, contact, ctx.now(), key));
  },
  'contacts.update': (input, ctx) => write(ctx, () => updateContact(ctx.db, input.id, input.contact, ctx.now())),
  'contacts.link': (input, ctx) => write(ctx, () => linkContact(ctx.db, input.id, input.agreementId, ctx.now())),
  'contacts.delete': (input, ctx) => write(ctx, () => deleteContact(ctx.db, input.id)),
  'contacts.restore': (input, ctx) => write(ctx, () => restoreContact(ctx.db, input.contact, input.evidenceIds)),
  'contacts.recent': (input, ctx) => recentContacts(ctx.db, input.limit),
  'contacts.popupFirst': (_input, ctx) => popupRecent(ctx.db),
};
