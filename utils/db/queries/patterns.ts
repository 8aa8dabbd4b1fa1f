import { getDb } from '../connection';
import type { NgDatabase } from '../schema';
import type { Contact, Lender } from '../../model/records';

/** The contact-pattern view's read: the incoming contacts (the chart draws only those), agreement dates, lenders. */
export async function readPatternInput(
  db: NgDatabase = getDb(),
): Promise<{ contacts: Contact[]; agreementDates: string[]; lenders: Lender[] }> {
  const [contacts, agreements, lenders] = await Promise.all([
    db.contacts.filter((c) => c.direction === 'incoming').toArray(),
    db.agreements.toArray(),
    db.lenders.toArray(),
  ]);
  return { contacts, agreementDates: agreements.map((a) => a.negotiatedOn), lenders };
}
