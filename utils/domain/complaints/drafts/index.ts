import type { RecognisedField } from '../form';
import { fitUnits, type DraftUnit, type FitResult } from '../fit';
import type { ComplaintRecords } from '../records';
import { makeCtx, type Ctx, type DraftOptions } from './context';
import { factsUnits } from './facts';
import { amountUnits, demandUnits, evidenceUnits, identityUnits, respondentUnits } from './sections';

export type { DraftOptions, DraftJurisdiction } from './context';

export interface FieldDraft extends FitResult {
  key: string;
  /** Nothing recorded yet for this section. */
  empty: boolean;
}

type Field = Pick<RecognisedField, 'key' | 'section' | 'part' | 'maxLength' | 'multiline'>;

function unitsFor(field: Field, r: ComplaintRecords, ctx: Ctx): DraftUnit[] {
  switch (field.section) {
    case 'identity':
      return identityUnits(ctx, r, field.part);
    case 'respondent':
      return respondentUnits(ctx, r, field.multiline);
    case 'facts':
      return factsUnits(ctx, r);
    case 'demands':
      return demandUnits(ctx, r, false);
    case 'amount':
      return amountUnits(r);
    case 'evidence':
      return evidenceUnits(ctx, r, false);
  }
}

/**
 * The draft for one recognised field, in the page's language, planned for its
 * maxlength (the drafting rules: utils/domain/complaints/drafts/README.md).
 * Single-line inputs get one line. `fits: false` means even the shortest
 * useful draft is too long: the panel says so and offers Copy.
 */
export function draftForField(field: Field, records: ComplaintRecords, options: DraftOptions): FieldDraft {
  const ctx = makeCtx(records, options);
  const units = unitsFor(field, records, ctx);
  const en = ctx.locale === 'en';
  const inline = field.section === 'facts' || field.section === 'demands' ? (en ? ' ' : '') : en ? '; ' : '；';
  const result = fitUnits(units, {
    ...(field.maxLength !== undefined ? { max: field.maxLength } : {}),
    separator: field.multiline ? '\n' : inline,
    inline: en ? ' ' : '',
  });
  return { ...result, key: field.key, empty: units.length === 0 };
}
