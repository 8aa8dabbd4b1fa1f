import type * as v from 'valibot';
import {
  AgreementSchema, ComplaintSchema, ContactSchema, EvidenceSchema, InstallmentSchema,
  LenderSchema, ReminderSchema, SettingSchema, UserSiteSchema,
} from '../../model/records';
import { OcrTextSchema, type OcrText } from '../../model/ocr-text';
import type { Agreement, Complaint, Contact, Evidence, Installment, Lender, Reminder, Setting, UserSite } from '../../model/records';

// What a backup holds: every table of the database, in an order where a
// record's links (lender → agreement → instalment …) come before it.
export const BACKUP_TABLES = [
  'lenders', 'agreements', 'installments', 'contacts', 'evidence',
  'complaints', 'reminders', 'userSites', 'settings',
  // Records version 5 (OCR): the text read from evidence images, after the evidence it belongs to.
  'ocrTexts',
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

export interface BackupRows {
  lenders: Lender[];
  agreements: Agreement[];
  installments: Installment[];
  contacts: Contact[];
  evidence: Evidence[];
  complaints: Complaint[];
  reminders: Reminder[];
  userSites: UserSite[];
  settings: Setting[];
  ocrTexts: OcrText[];
}

/** The valibot schema that every restored record of a table must pass (the same one the repositories use). */
export const TABLE_SCHEMAS: Record<BackupTable, v.GenericSchema> = {
  lenders: LenderSchema,
  agreements: AgreementSchema,
  installments: InstallmentSchema,
  contacts: ContactSchema,
  evidence: EvidenceSchema,
  complaints: ComplaintSchema,
  reminders: ReminderSchema,
  userSites: UserSiteSchema,
  settings: SettingSchema,
  ocrTexts: OcrTextSchema,
};

/** The primary key of each table; only settings is keyed by something other than `id`. */
export function primaryKeyOf(table: BackupTable, row: object): string {
  const r = row as { id?: unknown; key?: unknown };
  return String(table === 'settings' ? r.key : r.id);
}

/** Unique secondary indexes (schema.ts `&key`, `&pattern`): a merge must not collide on them. */
export const UNIQUE_FIELDS: Partial<Record<BackupTable, string>> = { reminders: 'key', userSites: 'pattern' };

export function isBackupTable(name: string): name is BackupTable {
  return (BACKUP_TABLES as readonly string[]).includes(name);
}

export function emptyRows(): BackupRows {
  return { lenders: [], agreements: [], installments: [], contacts: [], evidence: [], complaints: [], reminders: [], userSites: [], settings: [], ocrTexts: [] };
}
