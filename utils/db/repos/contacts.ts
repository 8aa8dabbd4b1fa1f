import * as v from 'valibot';
import { contactProblems } from '../../domain/contacts/contact-problems';
import { AppError, invalid, notFound } from '../../model/errors';
import { newId } from '../../model/ids';
import { ContactInputSchema, type ContactInput, type ContactInputParsed } from '../../model/inputs';
import { ContactSchema, type Contact } from '../../model/records';
import type { NgDatabase } from '../schema';
import { keyedAdd } from './write-keys';
import { sampleLinkOf } from '../../domain/sample/separate';
import { applyNumberBook, lookUpNumber } from './number-book';

/** What a delete returns so that undo can put everything back. */
export interface DeletedContact {
  contact: Contact;
  /** Evidence that was attached to the contact and got detached. */
  evidenceIds: string[];
}

/** Parses the input, turning the first problem into a message at its field. */
function parseInput(input: ContactInput, now: number): ContactInputParsed {
  const first = contactProblems(input as { at: unknown }, now)[0];
  if (first?.field === 'at') throw invalid('at', first.messageKey, first.message);
  const parsed = v.safeParse(ContactInputSchema, input);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const field = issue.path?.map((p) => String(p.key)).join('.') ?? 'contact';
    throw invalid(field, 'error.invalidInput', `${field}: ${issue.message}`);
  }
  if (first) throw invalid(first.field, first.messageKey, first.message);
  return parsed.output;
}

/** Checks links and fills the lender from a linked agreement; refuses an agreement of another lender. */
async function resolveLinks(db: NgDatabase, c: Contact): Promise<void> {
  const sampleLink = sampleLinkOf(c);
  if (sampleLink) throw invalid(sampleLink, 'everyday.sample.error.link', 'a real record cannot point at sample data');
  if (c.lenderId && !(await db.lenders.get(c.lenderId))) throw invalid('lenderId', 'error.notFound', 'unknown lender');
  if (!c.agreementId) return;
  const a = await db.agreements.get(c.agreementId);
  if (!a) throw invalid('agreementId', 'error.notFound', 'unknown agreement');
  if (c.lenderId && c.lenderId !== a.lenderId) {
    throw invalid('agreementId', 'contact.error.agreementLender', 'the agreement belongs to another lender');
  }
  c.lenderId = a.lenderId;
}

function withoutEmptyLinks(c: Contact): Contact {
  if (c.lenderId === undefined) delete c.lenderId;
  if (c.agreementId === undefined) delete c.agreementId;
  return c;
}

const TABLES = (db: NgDatabase) => [db.contacts, db.lenders, db.agreements, db.numberBook, db.writeKeys];
/** The tables a contact write reads or writes, for callers that add contacts inside a larger transaction (OCR). */
export { TABLES as contactTables };

/** `requestKey`: the page's idempotency key (see write-keys.ts); a retry with it returns the stored contact. */
export async function addContact(db: NgDatabase, input: ContactInput, now = Date.now(), requestKey?: string): Promise<Contact> {
  const parsed = parseInput(input, now);
  const contact = withoutEmptyLinks({
    ...parsed,
    id: newId(),
    tzOffsetMin: parsed.tzOffsetMin ?? -new Date(parsed.at).getTimezoneOffset(),
    createdAt: now,
    updatedAt: now,
  });
  return db.transaction('rw', TABLES(db), async () =>
    keyedAdd(db, requestKey, 'contacts', now, async () => {
      // A number assigned once in the number book (import) names its lender for every later entry.
      applyNumberBook(contact, await lookUpNumber(db, contact.person.phone));
      await resolveLinks(db, contact);
      v.parse(ContactSchema, contact);
      await db.contacts.add(contact);
      return contact;
    }),
  );
}

export async function updateContact(db: NgDatabase, idValue: string, input: ContactInput, now = Date.now()): Promise<Contact> {
  const parsed = parseInput(input, now);
  return db.transaction('rw', TABLES(db), async () => {
    const existing = await db.contacts.get(idValue);
    if (!existing) throw notFound('contact', idValue);
    const next = withoutEmptyLinks({ ...existing, ...parsed, tzOffsetMin: parsed.tzOffsetMin ?? existing.tzOffsetMin, updatedAt: now });
    if (parsed.lenderId === undefined) delete next.lenderId;
    if (parsed.agreementId === undefined) delete next.agreementId;
    await resolveLinks(db, next);
    v.parse(ContactSchema, next);
    await db.contacts.put(next);
    return next;
  });
}

/** Links a contact to an agreement (or unlinks it with null). */
export async function linkContact(db: NgDatabase, idValue: string, agreementId: string | null, now = Date.now()): Promise<Contact> {
  return db.transaction('rw', TABLES(db), async () => {
    const existing = await db.contacts.get(idValue);
    if (!existing) throw notFound('contact', idValue);
    const next: Contact = { ...existing, updatedAt: now };
    if (agreementId === null) delete next.agreementId;
    else next.agreementId = agreementId;
    await resolveLinks(db, next);
    // The whole record, as every other write does: a bad id or time must not reach the table.
    const checked = v.safeParse(ContactSchema, next);
    if (!checked.success) {
      const issue = checked.issues[0];
      const field = issue.path?.map((p) => String(p.key)).join('.') ?? 'contact';
      throw invalid(field, 'error.invalidInput', `${field}: ${issue.message}`);
    }
    await db.contacts.put(next);
    return next;
  });
}

export async function deleteContact(db: NgDatabase, idValue: string): Promise<DeletedContact> {
  return db.transaction('rw', [db.contacts, db.evidence], async () => {
    const existing = await db.contacts.get(idValue);
    if (!existing) throw notFound('contact', idValue);
    await db.contacts.delete(idValue);
    // Evidence stays (it may be needed for a complaint) but is detached.
    const owned = db.evidence.where('[ownerType+ownerId]').equals(['contact', idValue]);
    const evidenceIds = (await owned.primaryKeys()) as string[];
    await owned.modify((e) => {
      delete e.ownerType;
      delete e.ownerId;
    });
    return { contact: existing, evidenceIds };
  });
}

/** Puts back a contact removed by deleteContact (undo), re-attaching evidence that is still unattached. */
export async function restoreContact(db: NgDatabase, contact: Contact, evidenceIds: readonly string[] = []): Promise<Contact> {
  v.parse(ContactSchema, contact);
  return db.transaction('rw', [db.contacts, db.lenders, db.agreements, db.evidence], async () => {
    if (await db.contacts.get(contact.id)) throw new AppError({ code: 'conflict', message: 'the contact already exists' });
    const restored = { ...contact };
    // A lender or agreement deleted in the meantime is unlinked rather than blocking the undo.
    if (restored.lenderId && !(await db.lenders.get(restored.lenderId))) delete restored.lenderId;
    if (restored.agreementId && !(await db.agreements.get(restored.agreementId))) delete restored.agreementId;
    await db.contacts.add(restored);
    for (const e of await db.evidence.bulkGet([...evidenceIds])) {
      if (e && e.ownerType === undefined) await db.evidence.update(e.id, { ownerType: 'contact', ownerId: restored.id });
    }
    return restored;
  });
}

export async function recentContacts(db: NgDatabase, limit: number): Promise<Contact[]> {
  return db.contacts.orderBy('at').reverse().limit(limit).toArray();
}

export async function countContacts(db: NgDatabase): Promise<number> {
  return db.contacts.count();
}
