import type { LegalBasis } from '../domain/findings/types';
import type { Locale } from './locales';
import { translate } from './translate';

/**
 * How a basis is labelled, in the findings view ('finding') and in the printed
 * report ('report'). The user's own record is "your record", never "checked
 * against the text"; a reported fact with no known report date shows the day
 * it was checked instead of a made-up report date.
 */
export function basisNote(b: LegalBasis, locale: Locale, where: 'finding' | 'report'): string {
  if (b.kind === 'own-record') return translate(locale, where === 'report' ? 'report.finding.ownRecord' : 'finding.ownRecord');
  if (where === 'report') {
    if (b.confidence === 'text') return translate(locale, 'report.finding.verified', { date: b.verifiedOn });
    return b.reportedOn
      ? translate(locale, 'report.finding.reported', { date: b.reportedOn })
      : translate(locale, 'report.finding.reportedChecked', { date: b.verifiedOn });
  }
  const checked = translate(locale, 'finding.verifiedOn', { date: b.verifiedOn });
  if (b.confidence === 'text') return `${translate(locale, 'finding.fromText')} · ${checked}`;
  const by = b.reportedIn?.[locale] ?? '';
  return b.reportedOn
    ? `${translate(locale, 'finding.asReported', { date: b.reportedOn, by })} · ${checked}`
    : translate(locale, 'finding.asReportedChecked', { date: b.verifiedOn, by });
}
