import * as v from 'valibot';
import { id, sha256Hex, shortText, stringEnum, timestamp } from './fields';

// Records of the call-log / SMS import (schema version 4): the imported file
// kept as evidence, the link from each imported contact to its place in that
// file, and the number book that says who a number belongs to.

export const IMPORT_FORMATS = ['sbr-xml', 'csv', 'pasted'] as const;
export const IMPORT_ENCODINGS = ['utf-8', 'utf-8-bom', 'gb18030'] as const;
/** 1 GB: a phone's full SMS backup with years of messages is a few hundred MB. */
export const MAX_IMPORT_BYTES = 1024 * 1024 * 1024;

const count = v.pipe(v.number(), v.integer(), v.minValue(0));

export const ImportRecordSchema = v.strictObject({
  id,
  name: shortText,
  size: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_IMPORT_BYTES)),
  sha256: sha256Hex,
  format: stringEnum(IMPORT_FORMATS),
  encoding: stringEnum(IMPORT_ENCODINGS),
  importedAt: timestamp,
  /** Contacts the import added, and manual entries it recognised as the same call or message. */
  added: count,
  merged: count,
  from: v.optional(timestamp),
  to: v.optional(timestamp),
  /** The file itself (IndexedDB keeps Blobs on disk, not in memory). */
  blob: v.instance(Blob),
});
export type ImportRecord = v.InferOutput<typeof ImportRecordSchema>;

export const ImportLinkSchema = v.strictObject({
  contactId: id,
  importId: id,
  /** 1-based position of the record in the file, and its line when known. */
  position: v.pipe(v.number(), v.integer(), v.minValue(1)),
  line: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  /** Android call type 1–6 and duration in seconds, which the contact record has no field for. */
  callType: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(6))),
  duration: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});
export type ImportLink = v.InferOutput<typeof ImportLinkSchema>;

export const NUMBER_PARTIES = ['lender', 'agency', 'law-firm', 'personal', 'unknown'] as const;
export type NumberParty = (typeof NUMBER_PARTIES)[number];
export const NumberBookEntrySchema = v.strictObject({
  /** normalizeNumber() of the number: E.164, or digits for service numbers. */
  number: v.pipe(shortText, v.minLength(1)),
  lenderId: v.optional(id),
  agency: shortText,
  party: stringEnum(NUMBER_PARTIES),
  updatedAt: timestamp,
});
export type NumberBookEntry = v.InferOutput<typeof NumberBookEntrySchema>;
