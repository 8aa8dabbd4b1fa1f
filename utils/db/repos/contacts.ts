import * as v from 'valibot';
import { invalid, notFound } from '../errors';
import { newId } from '../ids';
import { ContactInputSchema, type ContactInput } from '../inputs';
import { ContactSchema, type Contact } from '../records';
import type { NgDatabase } from '../schema';

/** A minute of clock skew between the phone and the computer is not "the future". */
const FUTURE_TOLERANCE_MS = 60_000;

function checkBusinessRules(c: Pick<Contact, 'at' | 'summary' | 'flags'>, now: number): void {
  if (c.at > now + FUTURE_TOLERANCE_MS) throw invalid('at', 'contact.error.future', 'the contact time is in the future');
  if (c.summary.trim() === '' && c.flags.length === 0) {
    throw invalid('summary', 'contact.error.empty', 'write what was said or tick what happened');
  }
}

async function checkLinks(db: NgDatabase, c: Pick<Contact, 'lenderId' | 'agreementId'>): Promise<void> {
  if (c.lenderId && !(await db.lenders.get(c.lenderId))) throw invalid('lenderId', 'error.notFound', 'unknown lender');
  if (c.agreementId && !(await db.agreements.get(c.agreementId))) {
    throw invalid('agreementId', 'error.notFound', 'unknown agreement');
  }
}

export async function addContact(db: NgDatabase, input: ContactInput, now = Date.now()): Promise<Contact> {
  const parsed = v.parse(ContactInputSchema, input);
  const contact: Contact = {
    ...parsed,
    id: newId(),
    tzOffsetMin: parsed.tzOffsetMin ?? -new Date(parsed.at).getTimezoneOffset(),
    createdAt: now,
    updatedAt: now,
  };
  if (contact.lenderId === undefined) delete contact.lenderId;
  if (contact.agreementId === undefined) delete contact.agreementId;
  checkBusinessRules(contact, now);
  v.parse(ContactSchema, contact);
  return db.transaction('rw', [db.contacts, db.lenders, db.agreements], async () => {
    await checkLinks(db, contact);
    await db.contacts.add(contact);
    return contact;
  });
}

export async function updateContact(db: NgDatabase, idValue: string, input: ContactInput, now = Date.now()): Promise<Contact> {
  const parsed = v.parse(ContactInputSchema, input);
  return db.transaction('rw', [db.contacts, db.lenders, db.agreements], async () => {
    const existing = await db.contacts.get(idValue);
    if (!existing) throw notFound('contact', idValue);
    const next: Contact = {
      ...existing,
      ...parsed,
      tzOffsetMin: parsed.tzOffsetMin ?? existing.tzOffsetMin,
      updatedAt: now,
    };
    if (parsed.lenderId === undefined) delete next.lenderId;
    if (parsed.agreementId === undefined) delete next.agreementId;
    checkBusinessRules(next, now);
    v.parse(ContactSchema, next);
    await checkLinks(db, next);
    await db.contacts.put(next);
    return next;
  });
}

export async function deleteContact(db: NgDatabase, idValue: string): Promise<Contact> {
  return db.transaction('rw', [db.contacts, db.evidence], async () => {
    const existing = await db.contacts.get(idValue);
    if (!existing) throw notFound('contact', idValue);
    await db.contacts.delete(idValue);
    // Evidence stays (it may be needed for a complaint) but is detached.
    await db.evidence
      .where('[ownerType+ownerId]')
      .equals(['contact', idValue])
      .modify((e) => {
        delete e.ownerType;
        delete e.ownerId;
      });
    return existing;
  });
}

/** Puts back a contact removed by deleteContact (undo). */
export async function restoreContact(db: NgDatabase, contact: Contact): Promise<Contact> {
  v.parse(ContactSchema, contact);
  await db.contacts.put(contact);
  return contact;
}

export async function recentContacts(db: NgDatabase, limit: number): Promise<Contact[]> {
  return db.contacts.orderBy('at').reverse().limit(limit).toArray();
}

export async function countContacts(db: NgDatabase): Promise<number> {
  return db.contacts.count();
}
