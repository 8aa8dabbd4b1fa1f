import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Agreement, Complaint, Contact, Evidence, Installment, Lender, Reminder, Setting, UserSite } from '../model/records';
import type { OcrText } from '../model/ocr-text';
import type { ImportLink, ImportRecord, NumberBookEntry } from '../model/import-records';
import { changeTokensMiddleware, type OnCommitted } from './change-tokens';
import { contactIndexMiddleware, indexEntryOf, type ContactIndexSegment } from './contact-index';

export const DB_NAME = 'negotiation-guard';

/** The stores of released version 1 (frozen). */
const V1_STORES = {
  lenders: 'id, name, catalogId',
  agreements: 'id, lenderId, status, updatedAt',
  installments: 'id, agreementId, dueDate, [agreementId+seq]',
  contacts: 'id, at, lenderId, agreementId, channel, *flags',
  evidence: 'id, [ownerType+ownerId], sha256, createdAt',
  complaints: 'id, channelId, status, lenderId, agreementId, createdAt',
  reminders: 'id, &key, fireAt, [targetType+targetId]',
  userSites: 'id, &pattern',
  settings: 'key',
} as const;

const V2_STORES = { ...V1_STORES, derived: 'key' } as const;
const V4_STORES = {
  ...V2_STORES,
  imports: 'id, &sha256, importedAt',
  importLinks: '[importId+position], contactId, importId',
  numberBook: 'number, lenderId',
} as const;
const V5_STORES = { ...V4_STORES, ocrTexts: 'id, *contactIds' } as const;
const V6_STORES = { ...V5_STORES, writeKeys: 'key, at' } as const;
const V8_STORES = { ...V6_STORES, contactIndex: '++seq' } as const;

/** v8: the contact index starts from the contacts already stored (later writes keep it, contact-index.ts). */
async function buildContactIndex(tx: Transaction): Promise<void> {
  const contacts = (await tx.table('contacts').toArray()) as Contact[];
  for (let i = 0; i < contacts.length; i += 2_000)
    await tx.table('contactIndex').add({ put: contacts.slice(i, i + 2_000).map(indexEntryOf) });
}

/**
 * Every released schema version, oldest first. Never edit a released entry:
 * add a new one with its upgrade function and a test in tests/unit/db/migrations
 * (see docs/DATA-MIGRATIONS.md).
 */
export const SCHEMA_VERSIONS = [
  { version: 1, records: 1, stores: V1_STORES },
  // Version 2 adds `derived`: results computed from the records (the findings
  // snapshot and the token that says whether it is current). Nothing to
  // upgrade: the table starts empty and is never backed up, so the records'
  // version (what backups carry) stays 1.
  { version: 2, records: 1, stores: V2_STORES },
  // v3 (jurisdictions and the facts registry): agreements gain the
  // optional `signed` and `jurisdiction`, lenders the kind 'unlicensed'. No
  // index and no row to rewrite (the fields are optional), but older
  // installations reject the new keys in a backup, so the records' version moves to 3.
  { version: 3, records: 3, stores: { ...V1_STORES, derived: 'key' } },
  // v4 (call-log / SMS import): `imports` keeps each imported file
  // as evidence (name, size, SHA-256, time, the Blob), `importLinks` ties each
  // imported contact to its file and position, `numberBook` says whom a
  // normalised number belongs to. New tables only, nothing to upgrade; they
  // are not in backups yet, so the records version stays at v3's.
  { version: 4, records: 3, stores: V4_STORES },
  // v5 (OCR of screenshots): `ocrTexts`, the text read from an
  // evidence image, keyed by the evidence id; `*contactIds` finds the
  // screenshot a contact came from. A new backed-up table, so the records'
  // version becomes 5 (older backups gain an empty table: utils/domain/backup/upgrade.ts).
  { version: 5, records: 5, stores: V5_STORES },
  // v6 (hardening, idempotent writes): `writeKeys` remembers which record each
  // add's idempotency key created, so a retry after the worker died between
  // commit and reply returns that record instead of storing a duplicate.
  // Bookkeeping only: never backed up, so the records' version stays v5's.
  { version: 6, records: 5, stores: V6_STORES },
  // v7 (import evidence in backups): backups now carry `imports`
  // (with the original files), `importLinks` and `numberBook`, so a restore
  // keeps the import evidence and the number book. No store or row changes,
  // but older installations do not know these tables in a backup, so the
  // records' version becomes 7 (older backups gain empty tables: upgrade.ts).
  { version: 7, records: 7, stores: V6_STORES },
  // v8 (imports at scale): `contactIndex`, what the contacts view filters and
  // searches by (utils/db/contact-index.ts), kept in the same transaction as
  // every contact write. Derived: never backed up (a restore writes contacts,
  // which rebuilds it), so the records' version stays v7's. The upgrade
  // builds it from the stored contacts.
  { version: 8, records: 7, stores: V8_STORES, upgrade: buildContactIndex },
] as const;

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

/**
 * The version of the backed-up tables' shape: the schema version that last
 * changed one of them. Backups are stamped with it (meta.schemaVersion), so a
 * schema change that touches only derived data does not make new backups
 * unreadable for installations one version behind.
 */
export const RECORDS_VERSION: number = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.records;

export class NgDatabase extends Dexie {
  lenders!: EntityTable<Lender, 'id'>;
  agreements!: EntityTable<Agreement, 'id'>;
  installments!: EntityTable<Installment, 'id'>;
  contacts!: EntityTable<Contact, 'id'>;
  evidence!: EntityTable<Evidence, 'id'>;
  complaints!: EntityTable<Complaint, 'id'>;
  reminders!: EntityTable<Reminder, 'id'>;
  userSites!: EntityTable<UserSite, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  derived!: EntityTable<DerivedRow, 'key'>;
  imports!: EntityTable<ImportRecord, 'id'>;
  importLinks!: Dexie.Table<ImportLink, [string, number]>;
  numberBook!: EntityTable<NumberBookEntry, 'number'>;
  writeKeys!: EntityTable<WriteKey, 'key'>;
  ocrTexts!: EntityTable<OcrText, 'id'>;
  contactIndex!: EntityTable<ContactIndexSegment, 'seq'>;

  /** `onCommitted` runs after each transaction that moved a change token has committed (see change-tokens.ts). */
  constructor(name = DB_NAME, opts: { onCommitted?: OnCommitted } = {}) {
    super(name);
    // Dexie (since 3.0) upgrades from the schema the installed database
    // actually has, so only the current version and those with an upgrade
    // function are declared: declaring all eight had every extension page
    // parse eight full schemas before its first read (docs/PERFORMANCE.md).
    // SCHEMA_VERSIONS stays the whole history; tests/unit/db/migrations
    // opens databases of older versions with this class.
    for (const s of SCHEMA_VERSIONS) {
      if (!('upgrade' in s) && s.version !== CURRENT_SCHEMA_VERSION) continue;
      const v = this.version(s.version).stores(s.stores);
      if ('upgrade' in s) v.upgrade(s.upgrade);
    }
    this.use(changeTokensMiddleware(opts.onCommitted));
    this.use(contactIndexMiddleware());
  }
}

/** Which record an add's idempotency key created (utils/db/repos/write-keys.ts). */
export interface WriteKey {
  key: string;
  table: string;
  id: string;
  at: number;
}

/** A row of the derived table: a key, the inputs token it was computed from, and its value's fields. */
export interface DerivedRow {
  key: string;
  token: string;
  [field: string]: unknown;
}
