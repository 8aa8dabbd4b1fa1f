import type { LegalBasis } from '../domain/findings/types';
import type { Locale } from './locales';
import { translate } from './translate';

/**
 * How a basis is labelled, in the findings view ('finding') and in the printed
 * report ('report'). Two dates, never mixed: the source's own date (a report's
 * date, or when a rule was published or took effect) and the day this project
 * last compared its notes with the source. The user's own record is "your
 * record"; a reported fact with no known report date says so, and a draft or
 * report never prints the check date as if it were the date of a report.
 */
export function basisNote(b: LegalBasis, locale: Locale, where: 'finding' | 'report'): string {
  if (b.kind === 'own-record') return translate(locale, where === 'report' ? 'report.finding.ownRecord' : 'finding.ownRecord');
  const published = b.published ?? '?';
  if (where === 'report') {
    if (b.confidence === 'text') return translate(locale, 'report.finding.verified', { date: b.verifiedOn, published });
    return b.reportedOn
      ? translate(locale, 'report.finding.reported', { date: b.reportedOn })
      : translate(locale, 'report.finding.reportedChecked', {});
  }
  const checked = translate(locale, 'finding.verifiedOn', { date: b.verifiedOn });
  if (b.confidence === 'text') return `${translate(locale, 'finding.fromText', { published })} · ${checked}`;
  const by = b.reportedIn?.[locale] ?? '';
  return b.reportedOn
    ? `${translate(locale, 'finding.asReported', { date: b.reportedOn, by })} · ${checked}`
    : translate(locale, 'finding.asReportedChecked', { date: b.verifiedOn, by });
}
