import { getDb } from '../connection';
import type { Agreement, Complaint, Contact, Evidence, Installment, Lender, Reminder, UserSite } from '../../model/records';
import { getReminderState } from '../repos/backup-state';
import { countSample } from '../repos/sample';

// Reads of the dashboard's smaller sections.

export interface ReminderItem {
  reminder: Reminder;
  installment: Installment | undefined;
  agreementId: string | undefined;
  lender: Lender | undefined;
  /** For a complaint's reminder: the complaint (its wording follows the channel's current deadline data). */
  complaint?: Complaint;
}

/** Every reminder in time order, with what it is about. */
export async function reminderItems(db = getDb()): Promise<ReminderItem[]> {
  const [reminders, installments, agreements, lenders, complaints] = await Promise.all([
    db.reminders.orderBy('fireAt').toArray(),
    db.installments.toArray(),
    db.agreements.toArray(),
    db.lenders.toArray(),
    db.complaints.toArray(),
  ]);
  return reminders.map((r) => {
    const inst = r.targetType === 'installment' ? installments.find((i) => i.id === r.targetId) : undefined;
    const complaint = r.targetType === 'complaint' ? complaints.find((c) => c.id === r.targetId) : undefined;
    const agreement = agreements.find((a) => a.id === (inst ? inst.agreementId : r.targetId));
    const lenderId = complaint ? complaint.lenderId : agreement?.lenderId;
    return {
      reminder: r,
      installment: inst,
      agreementId: agreement?.id,
      lender: lenders.find((l) => l.id === lenderId),
      ...(complaint ? { complaint } : {}),
    };
  });
}

/** The complaints section: complaints, the lenders and agreements they name, and the user's sites. */
export async function complaintsData(
  db = getDb(),
): Promise<{ complaints: Complaint[]; lenders: Lender[]; agreements: Agreement[]; sites: UserSite[] }> {
  const [complaints, lenders, agreements, sites] = await Promise.all([
    db.complaints.toArray(),
    db.lenders.toArray(),
    db.agreements.toArray(),
    db.userSites.toArray(),
  ]);
  return { complaints, lenders, agreements, sites };
}

/** Every evidence item, newest first. */
export function evidenceNewestFirst(db = getDb()): Promise<Evidence[]> {
  return db.evidence.orderBy('createdAt').reverse().toArray();
}

/** What the CSV exports write: one table's rows with the lenders and agreements they name. */
export async function csvData<T extends 'contacts' | 'installments'>(table: T, db = getDb()) {
  const [lenders, agreements, rows] = await Promise.all([db.lenders.toArray(), db.agreements.toArray(), db.table(table).toArray()]);
  return { rows: rows as T extends 'contacts' ? Contact[] : Installment[], lenders, agreements };
}

/** The backup reminder's state, for the export panel. */
export function backupReminderState(db = getDb()): ReturnType<typeof getReminderState> {
  return getReminderState(db);
}

/** How many sample records are loaded. */
export function sampleCount(db = getDb()): ReturnType<typeof countSample> {
  return countSample(db);
}
