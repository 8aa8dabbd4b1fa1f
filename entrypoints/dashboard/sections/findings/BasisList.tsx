import type { LegalBasis } from '@/utils/domain/findings/types';
import { getLocale, t } from '@/utils/i18n/translate';

/** Each basis with its confidence: "as reported (date, by)" for reported facts, never shown as checked law. */
export function BasisList({ basis }: { basis: readonly LegalBasis[] }) {
  const l = getLocale();
  return (
    <ul class="basis-list">
      {basis.map((b, i) => (
        <li key={i} data-confidence={b.confidence}>
          <cite>{b.citation[l]}</cite>{' '}
          <span class="muted">
            {b.confidence === 'reported'
              ? t('finding.asReported', { date: b.reportedOn ?? b.verifiedOn, by: b.reportedIn?.[l] ?? '' })
              : t('finding.fromText')}
            {' · '}
            {t('finding.verifiedOn', { date: b.verifiedOn })}
          </span>
        </li>
      ))}
    </ul>
  );
}
