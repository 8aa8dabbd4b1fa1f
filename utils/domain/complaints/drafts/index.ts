import type { Locale } from '../../../i18n/locales';
import type { Currency } from '../../../i18n/format';
import type { RecognisedField } from '../form';
import { fitUnits, type DraftUnit, type FitResult } from '../fit';
import type { ComplaintRecords } from '../records';
import { factsUnits } from './facts';
import { amountUnits, demandUnits, evidenceUnits, identityUnits, respondentUnits } from './sections';
import { phrase } from './text';

export interface FieldDraft extends FitResult {
  key: string;
  /** Nothing recorded yet for this section. */
  empty: boolean;
}

function unitsFor(field: Pick<RecognisedField, 'section' | 'part'>, r: ComplaintRecords, locale: Locale, tz: number, currency: Currency): DraftUnit[] {
  switch (field.section) {
    case 'identity':
      return identityUnits(locale, r, field.part);
    case 'respondent':
      return respondentUnits(locale, r);
    case 'facts':
      return factsUnits(locale, r, currency);
    case 'demands':
      return demandUnits(locale, r);
    case 'amount':
      return amountUnits(r);
    case 'evidence':
      return evidenceUnits(locale, r, tz);
  }
}

/**
 * The draft for one recognised field, in the page's language, fitted to its
 * maxlength. Single-line inputs get one line. `fits: false` means even the
 * shortest useful draft is too long: the panel says so and offers Copy.
 * `currency` is the user's display currency (Settings; the panel frame passes
 * getCurrency() once the page has loaded it); amounts in sentences use it.
 */
export function draftForField(
  field: Pick<RecognisedField, 'key' | 'section' | 'part' | 'maxLength' | 'multiline'>,
  records: ComplaintRecords,
  locale: Locale,
  tzOffsetMin: number,
  currency: Currency = 'CNY',
): FieldDraft {
  const units = unitsFor(field, records, locale, tzOffsetMin, currency);
  const inline = locale === 'en' ? ' ' : '';
  const separator = field.multiline ? '\n' : field.section === 'facts' || field.section === 'demands' ? inline : locale === 'en' ? '; ' : '；';
  const result = fitUnits(units, {
    ...(field.maxLength !== undefined ? { max: field.maxLength } : {}),
    separator,
    // Dropped rules get no note: a count of unnamed rules tells the reader nothing.
    omitted: (group, count) => (group === 'findings' ? '' : phrase(locale, `draft.${group}.omitted`, { count })),
  });
  return { ...result, key: field.key, empty: units.length === 0 };
}
