import Dexie, { type EntityTable } from 'dexie';
import type { Agreement, Complaint, Contact, Evidence, Installment, Lender, Reminder, Setting, UserSite } from './records';

export const DB_NAME = 'negotiation-guard';

/**
 * Every released schema version, oldest first. Never edit a released entry:
 * add a new one with its upgrade function and a test in tests/unit/db/migrations
 * (see docs/DATA-MIGRATIONS.md).
 */
export const SCHEMA_VERSIONS = [
  {
    version: 1,
    stores: {
      lenders: 'id, name, catalogId',
      agreements: 'id, lenderId, status, updatedAt',
      installments: 'id, agreementId, dueDate, [agreementId+seq]',
      contacts: 'id, at, lenderId, agreementId, channel, *flags',
      evidence: 'id, [ownerType+ownerId], sha256, createdAt',
      complaints: 'id, channelId, status, lenderId, agreementId, createdAt',
      reminders: 'id, &key, fireAt, [targetType+targetId]',
      userSites: 'id, &pattern',
      settings: 'key',
    },
  },
] as const;

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

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

  constructor(name = DB_NAME) {
    super(name);
    for (const s of SCHEMA_VERSIONS) this.version(s.version).stores(s.stores);
  }
}

export const TABLE_NAMES = Object.keys(SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.stores) as Array<
  keyof (typeof SCHEMA_VERSIONS)[0]['stores']
>;
