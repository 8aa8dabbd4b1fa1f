import type * as v from 'valibot';
import {
  AgreementSchema,
  ComplaintSchema,
  ContactSchema,
  EvidenceSchema,
  InstallmentSchema,
  LenderSchema,
  ReminderSchema,
  SettingSchema,
  UserSiteSchema,
} from '../../model/records';
import { OcrTextSchema, type OcrText } from '../../model/ocr-text';
import {
  ImportLinkSchema,
  ImportRecordSchema,
  NumberBookEntrySchema,
  type ImportLink,
  type ImportRecord,
  type NumberBookEntry,
} from '../../model/import-records';
import type { Agreement, Complaint, Contact, Evidence, Installment, Lender, Reminder, Setting, UserSite } from '../../model/records';

// What a backup holds: every table of the database, in an order where a
// record's links (lender → agreement → instalment …) come before it.
export const BACKUP_TABLES = [
  'lenders',
  'agreements',
  'installments',
  'contacts',
  'evidence',
  'complaints',
  'reminders',
  'userSites',
  'settings',
  // Records version 5 (OCR): the text read from evidence images, after the evidence it belongs to.
  'ocrTexts',
  // Records version 7 (imports): the imported files kept as evidence,
  // each imported contact's place in its file (after both), and the number book.
  'imports',
  'importLinks',
  'numberBook',
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
  imports: ImportRecord[];
  importLinks: ImportLink[];
  numberBook: NumberBookEntry[];
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
  imports: ImportRecordSchema,
  importLinks: ImportLinkSchema,
  numberBook: NumberBookEntrySchema,
};

/** Tables whose rows carry a Blob (`blob`): in a backup it travels in blob frames, in this order. */
export const BLOB_TABLES = ['evidence', 'imports'] as const;

/** The primary key of a row as the database takes it (importLinks is keyed by [importId+position]). */
export function dbKeyOf(table: BackupTable, row: object): string | [string, number] {
  const r = row as { id?: unknown; key?: unknown; number?: unknown; importId?: unknown; position?: unknown };
  if (table === 'importLinks') return [String(r.importId), Number(r.position)];
  return String(table === 'settings' ? r.key : table === 'numberBook' ? r.number : r.id);
}

/** The primary key of a row as one string, to tell duplicates apart. */
export function primaryKeyOf(table: BackupTable, row: object): string {
  const key = dbKeyOf(table, row);
  return typeof key === 'string' ? key : `${key[0]}#${key[1]}`;
}

/** The name of the primary-key field(s), for messages about a duplicate. */
export function keyFieldOf(table: BackupTable): string {
  return table === 'settings' ? 'key' : table === 'numberBook' ? 'number' : table === 'importLinks' ? 'position' : 'id';
}

/** Unique secondary indexes (schema.ts `&key`, `&pattern`, `&sha256`): a merge must not collide on them. */
export const UNIQUE_FIELDS: Partial<Record<BackupTable, string>> = { reminders: 'key', userSites: 'pattern', imports: 'sha256' };

export function isBackupTable(name: string): name is BackupTable {
  return (BACKUP_TABLES as readonly string[]).includes(name);
}

export function emptyRows(): BackupRows {
  return {
    lenders: [],
    agreements: [],
    installments: [],
    contacts: [],
    evidence: [],
    complaints: [],
    reminders: [],
    userSites: [],
    settings: [],
    ocrTexts: [],
    imports: [],
    importLinks: [],
    numberBook: [],
  };
}
