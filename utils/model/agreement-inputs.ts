import * as v from 'valibot';
import { fen, id, isoDate, longText, shortText } from './fields';
import { AgreementSchema, LenderSchema } from './records';

// Inputs of the agreement, plan and lender repositories: the record minus what
// the repository sets itself. Optional fields default so that a short form
// still produces a complete record.
const A = AgreementSchema.entries;

/** Pick a stored lender, a catalogue lender (created on first use), or name a new one. */
export const LenderRefSchema = v.union([
  v.strictObject({ id }),
  v.strictObject({ catalogId: v.pipe(shortText, v.minLength(1)) }),
  v.strictObject({ name: v.pipe(shortText, v.trim(), v.minLength(1)), kind: LenderSchema.entries.kind }),
]);

export const AgreementInputSchema = v.strictObject({
  lender: LenderRefSchema,
  product: v.optional(A.product, ''),
  accountRef: v.optional(A.accountRef, ''),
  negotiatedOn: isoDate,
  negotiatedVia: v.optional(A.negotiatedVia, 'phone'),
  signed: A.signed,
  jurisdiction: A.jurisdiction,
  counterpart: v.optional(A.counterpart, { name: '', staffId: '', phone: '' }),
  lenderRef: v.optional(A.lenderRef, ''),
  terms: v.strictObject({
    owedBeforeFen: v.optional(fen, 0),
    totalToRepayFen: fen,
    waivedInterestFen: v.optional(fen, 0),
    waivedPenaltyFen: v.optional(fen, 0),
    waivedFeesFen: v.optional(fen, 0),
  }),
  promises: v.optional(A.promises, {
    stopCollection: false,
    noThirdPartyContact: false,
    creditReport: 'none',
    noNewPenalties: false,
    other: '',
  }),
  status: v.optional(A.status, 'active'),
  cardPlanItems: v.optional(A.cardPlanItems, []),
  kit: v.optional(A.kit, { documents: [], talkingNotes: '' }),
  notes: v.optional(longText, ''),
});
export type AgreementInput = v.InferInput<typeof AgreementInputSchema>;

/** One row of a plan as the editor sends it; `id` keeps an existing instalment (and its payment). */
export const PlanRowInputSchema = v.strictObject({
  id: v.optional(id),
  dueDate: isoDate,
  amountFen: fen,
  note: v.optional(shortText),
});

export const SavePlanInputSchema = v.strictObject({
  agreementId: id,
  /** Changes the agreed total together with the plan (the two must always match). */
  totalFen: v.optional(fen),
  rows: v.pipe(v.array(PlanRowInputSchema), v.maxLength(600)),
});
export type SavePlanInput = v.InferInput<typeof SavePlanInputSchema>;

export const MarkPaidInputSchema = v.strictObject({
  id,
  paidOn: isoDate,
  paidFen: fen,
  proofEvidenceId: v.optional(id),
});
export type MarkPaidInput = v.InferInput<typeof MarkPaidInputSchema>;

export const LenderInputSchema = v.strictObject({
  name: v.pipe(shortText, v.trim(), v.minLength(1)),
  kind: LenderSchema.entries.kind,
  hotline: v.optional(shortText),
  notes: v.optional(longText),
});
