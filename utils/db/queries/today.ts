import { getDb } from '../connection';
import type { NgDatabase } from '../schema';
import type { Agreement, Complaint, Installment, Lender, Reminder } from '../../model/records';
import { readFindingsSnapshot } from '../repos/findings-snapshot-read';
import type { GroupSummary } from '../../domain/findings/group-summary';

export interface TodayRecords {
  agreements: Agreement[];
  installments: Installment[];
  complaints: Complaint[];
  reminders: Reminder[];
  lenders: Lender[];
  contactCount: number;
  /** The findings summary (undefined before the first computation). */
  groups: GroupSummary[] | undefined;
}

/**
 * The overview's read: small tables whole, instalments of the agreements
 * only (agreementId index), the contact count without loading a contact,
 * and the findings summary row (never the log).
 */
export async function readToday(db: NgDatabase = getDb()): Promise<TodayRecords> {
  const [agreements, complaints, reminders, lenders, contactCount, snapshot] = await Promise.all([
    db.agreements.toArray(),
    db.complaints.toArray(),
    db.reminders.toArray(),
    db.lenders.toArray(),
    db.contacts.count(),
    readFindingsSnapshot(db),
  ]);
  const installments = agreements.length
    ? await db.installments
        .where('agreementId')
        .anyOf(agreements.map((a) => a.id))
        .toArray()
    : [];
  return { agreements, installments, complaints, reminders, lenders, contactCount, groups: snapshot.groups };
}
