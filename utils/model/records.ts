import * as v from 'valibot';
import { fen, id, isoDate, longText, MAX_TEXT, sha256Hex, shortText, stringEnum, timestamp, uniqueList, url, webUrl } from './fields';

// The records of every table, as valibot schemas. Types are inferred from them,
// so the database, the RPC inputs and the backup validator cannot drift apart.
// Schema version 1 models every feature (agreements, contacts, evidence,
// complaints, reminders) so that no migration is needed as features land.

/** What a complainant can ask for; the complaint records and the drafts share it. */
export const DEMANDS = ['stop-collection', 'honour-agreement', 'waive-fees', 'correct-credit-report', 'apology'] as const;
export type Demand = (typeof DEMANDS)[number];

/** Mainland China, Taiwan, Hong Kong: decides the rulebook, rate lines, channels and law names. */
export const JURISDICTIONS = ['CN', 'TW', 'HK'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

/** 'unlicensed': a lender without a licence (e.g. usury); only then can 刑法 第二百九十三条之一 (illegal debts) apply. */
export const LENDER_KINDS = ['bank-card', 'bank-loan', 'consumer-finance', 'microlender', 'platform', 'unlicensed', 'other'] as const;
export const LenderSchema = v.strictObject({
  id,
  name: v.pipe(shortText, v.minLength(1)),
  kind: stringEnum(LENDER_KINDS),
  /** Key into the built-in lender catalogue, when the user picked one. */
  catalogId: v.optional(shortText),
  /** Hotline or complaint address the user recorded; the product ships none that are unconfirmed. */
  hotline: v.optional(shortText),
  complaintUrl: v.optional(webUrl),
  notes: v.optional(longText),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Lender = v.InferOutput<typeof LenderSchema>;

export const AGREEMENT_STATUSES = ['active', 'completed', 'broken-by-lender', 'broken-by-borrower', 'cancelled'] as const;
export const NEGOTIATION_CHANNELS = ['phone', 'app', 'online-chat', 'in-person', 'letter', 'email', 'other'] as const;
export const CREDIT_REPORT_PROMISES = ['none', 'no-new-negative', 'report-as-settled', 'correct-records'] as const;
/** The six items 第七十条 requires of an individual credit-card instalment agreement. */
export const CARD_PLAN_ITEMS = ['balance', 'schedule', 'charges', 'no-new-cards', 'liabilities', 'other-matters'] as const;
export const KIT_DOCUMENTS = ['id', 'income', 'bank-statements', 'hardship-proof', 'hardship-letter', 'proposal'] as const;

/** Each kit document may be listed more than once (e.g. two bank statements), up to this many rows. */
export const MAX_KIT_DOCUMENTS = 50;
/** Contacts a complaint cites (the RPC input has the same limit). */
export const MAX_COMPLAINT_CONTACTS = 500;
/** Sections of a complaint's text (one per draft field). */
export const MAX_COMPLAINT_SECTIONS = 30;

export const AgreementSchema = v.strictObject({
  id,
  lenderId: id,
  product: shortText,
  /** Only the last digits by default: the UI suggests keeping 4. */
  accountRef: shortText,
  negotiatedOn: isoDate,
  negotiatedVia: stringEnum(NEGOTIATION_CHANNELS),
  /** v3: whether both sides signed a written plan (第七十条 needs a signed credit-card plan); absent = not recorded. */
  signed: v.optional(v.boolean()),
  /** v3: the agreement's jurisdiction when it differs from the user's (a Hong Kong resident with a mainland loan). */
  jurisdiction: v.optional(stringEnum(JURISDICTIONS)),
  counterpart: v.strictObject({ name: shortText, staffId: shortText, phone: shortText }),
  lenderRef: shortText,
  terms: v.strictObject({
    owedBeforeFen: fen,
    totalToRepayFen: fen,
    waivedInterestFen: fen,
    waivedPenaltyFen: fen,
    waivedFeesFen: fen,
  }),
  promises: v.strictObject({
    stopCollection: v.boolean(),
    noThirdPartyContact: v.boolean(),
    creditReport: stringEnum(CREDIT_REPORT_PROMISES),
    noNewPenalties: v.boolean(),
    other: longText,
  }),
  status: stringEnum(AGREEMENT_STATUSES),
  /** Ticked items of the 第七十条 completeness checklist (bank credit cards). */
  cardPlanItems: uniqueList(stringEnum(CARD_PLAN_ITEMS), CARD_PLAN_ITEMS.length),
  kit: v.strictObject({
    documents: v.pipe(
      v.array(v.strictObject({ doc: stringEnum(KIT_DOCUMENTS), ready: v.boolean(), note: shortText })),
      v.maxLength(MAX_KIT_DOCUMENTS),
    ),
    talkingNotes: longText,
  }),
  notes: longText,
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Agreement = v.InferOutput<typeof AgreementSchema>;

export const InstallmentSchema = v.strictObject({
  id,
  agreementId: id,
  /** 1-based position in the plan. */
  seq: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(600)),
  dueDate: isoDate,
  amountFen: fen,
  paidOn: v.optional(isoDate),
  paidFen: v.optional(fen),
  proofEvidenceId: v.optional(id),
  note: v.optional(shortText),
});
export type Installment = v.InferOutput<typeof InstallmentSchema>;

export const CONTACT_CHANNELS = ['call', 'missed-call', 'sms', 'app', 'social', 'email', 'letter', 'visit'] as const;
export const CONTACT_PARTIES = ['lender', 'agency', 'law-firm', 'unknown'] as const;
/** One-tap flags for what happened during a contact; each maps to rules in utils/domain/rules. */
export const CONTACT_FLAGS = [
  'third-party',
  'threat',
  'insult',
  'impersonation',
  'false-statement',
  'extra-fees',
  'borrow-elsewhere',
  'public-posting',
  'visit',
  'private-phone',
] as const;
export type ContactFlag = (typeof CONTACT_FLAGS)[number];

export const ContactSchema = v.strictObject({
  id,
  /** When the contact happened (epoch ms); the user's local time decides night rules. */
  at: timestamp,
  lenderId: v.optional(id),
  agreementId: v.optional(id),
  channel: stringEnum(CONTACT_CHANNELS),
  direction: stringEnum(['incoming', 'outgoing'] as const),
  /** For calls: whether it connected. Missed calls are attempts only. */
  connected: v.boolean(),
  person: v.strictObject({
    name: shortText,
    staffId: shortText,
    phone: shortText,
    agency: shortText,
    party: stringEnum(CONTACT_PARTIES),
  }),
  summary: longText,
  flags: uniqueList(stringEnum(CONTACT_FLAGS), CONTACT_FLAGS.length),
  /** Who among relatives/friends/colleagues was contacted, when the third-party flag is set. */
  thirdParties: shortText,
  /** The UTC offset in minutes at the time of logging, so night rules use the user's wall clock. */
  tzOffsetMin: v.pipe(v.number(), v.integer(), v.minValue(-840), v.maxValue(840)),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Contact = v.InferOutput<typeof ContactSchema>;

export const EVIDENCE_OWNERS = ['contact', 'agreement', 'complaint', 'installment'] as const;
/** 25 MB per item: enough for a long call recording, small enough for backups. */
export const MAX_EVIDENCE_BYTES = 25 * 1024 * 1024;
export const EvidenceSchema = v.strictObject({
  id,
  ownerType: v.optional(stringEnum(EVIDENCE_OWNERS)),
  ownerId: v.optional(id),
  name: shortText,
  mime: shortText,
  size: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_EVIDENCE_BYTES)),
  sha256: sha256Hex,
  blob: v.instance(Blob),
  /** For screenshots: the page it was taken of. */
  source: v.optional(v.strictObject({ url, title: shortText })),
  capturedAt: timestamp,
  note: v.optional(shortText),
  createdAt: timestamp,
});
export type Evidence = v.InferOutput<typeof EvidenceSchema>;

export const COMPLAINT_STATUSES = ['draft', 'submitted', 'acknowledged', 'answered', 'escalated', 'closed'] as const;
export const ComplaintSchema = v.strictObject({
  id,
  channelId: shortText,
  lenderId: v.optional(id),
  agreementId: v.optional(id),
  url: webUrl,
  createdAt: timestamp,
  submittedAt: v.optional(timestamp),
  referenceNo: shortText,
  status: stringEnum(COMPLAINT_STATUSES),
  /** Answer due (ISO date), from the channel's data; the user may change it. */
  answerDue: v.optional(isoDate),
  /** The text that was sent, per draft section (identity, facts, demands …). */
  sections: v.pipe(
    v.record(shortText, longText),
    v.check((r) => Object.keys(r).length <= MAX_COMPLAINT_SECTIONS, 'too many sections'),
  ),
  contactIds: v.pipe(v.array(id), v.maxLength(MAX_COMPLAINT_CONTACTS)),
  notes: longText,
  updatedAt: timestamp,
});
export type Complaint = v.InferOutput<typeof ComplaintSchema>;

export const REMINDER_KINDS = [
  'installment-before',
  'installment-due',
  'installment-overdue',
  'follow-up',
  'complaint-answer',
  'backup',
] as const;
export const ReminderSchema = v.strictObject({
  id,
  /** Unique per (kind, target, time): re-scheduling after a restart cannot duplicate. */
  key: shortText,
  kind: stringEnum(REMINDER_KINDS),
  targetType: stringEnum(['installment', 'agreement', 'complaint', 'backup'] as const),
  targetId: shortText,
  fireAt: timestamp,
  /** Free text for follow-up tasks the user edits; other kinds are rendered from i18n. */
  text: shortText,
  done: v.boolean(),
  firedAt: v.optional(timestamp),
  createdAt: timestamp,
});
export type Reminder = v.InferOutput<typeof ReminderSchema>;

export const UserSiteSchema = v.strictObject({
  id,
  /** A match pattern for one origin, e.g. https://help.example.com/* */
  pattern: v.pipe(shortText, v.minLength(1)),
  label: shortText,
  lenderId: v.optional(id),
  createdAt: timestamp,
});
export type UserSite = v.InferOutput<typeof UserSiteSchema>;

export const SettingSchema = v.strictObject({
  key: v.pipe(shortText, v.minLength(1)),
  value: v.union([v.pipe(v.string(), v.maxLength(MAX_TEXT)), v.number(), v.boolean(), v.null()]),
});
export type Setting = v.InferOutput<typeof SettingSchema>;
