import * as v from 'valibot';
import { id, isoDate, longText, shortText, webUrl } from './fields';
import { COMPLAINT_STATUSES, DEMANDS } from './records';

const sectionKey = v.pipe(shortText, v.regex(/^[a-z][a-z0-9:-]{0,40}$/));
/** What was sent, per draft section; at most 30 fields, each at most the long-text limit. */
export const SectionsSchema = v.pipe(
  v.record(sectionKey, longText),
  v.check((r) => Object.keys(r).length <= 30, 'too many sections'),
);
const channelId = v.pipe(shortText, v.regex(/^[a-z0-9][a-z0-9:._-]{0,80}$/));

/** "Record this complaint" from the panel, or a complaint the user made elsewhere (e.g. by phone to the lender). */
export const ComplaintInputSchema = v.strictObject({
  channelId,
  url: v.optional(webUrl, ''),
  lenderId: v.optional(id),
  agreementId: v.optional(id),
  sections: v.optional(SectionsSchema, {}),
  contactIds: v.optional(v.pipe(v.array(id), v.maxLength(500)), []),
  referenceNo: v.optional(shortText, ''),
  status: v.optional(v.picklist(['draft', 'submitted'] as const), 'submitted'),
  /** The day it was sent, when recorded afterwards; defaults to today. */
  sentOn: v.optional(isoDate),
  notes: v.optional(longText, ''),
});
export type ComplaintInput = v.InferInput<typeof ComplaintInputSchema>;

export const ComplaintPatchSchema = v.strictObject({
  status: v.optional(v.picklist(COMPLAINT_STATUSES)),
  referenceNo: v.optional(shortText),
  answerDue: v.optional(v.union([isoDate, v.literal('')])),
  notes: v.optional(longText),
  lenderId: v.optional(v.union([id, v.literal('')])),
  agreementId: v.optional(v.union([id, v.literal('')])),
});
export type ComplaintPatch = v.InferInput<typeof ComplaintPatchSchema>;

export const ProfileSchema = v.strictObject({ name: shortText, phone: shortText, address: shortText });
export const DemandsSchema = v.pipe(v.array(v.picklist(DEMANDS)), v.maxLength(DEMANDS.length));
