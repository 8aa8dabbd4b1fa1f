import type { Finding } from '@/utils/domain/findings/types';
import { formatDateTime } from '@/utils/i18n/format';
import { getLocale, t } from '@/utils/i18n/translate';
import { basisNote } from '@/utils/i18n/basis-note';

/** Findings with their sources; "reported" facts say so, with their date (never shown as confirmed). */
export function FindingsPart({ findings }: { findings: Finding[] }) {
  const locale = getLocale();
  return (
    <section aria-labelledby="report-findings" data-testid="report-findings">
      <h2 id="report-findings">{t('report.section.findings')}</h2>
      {findings.length === 0 && <p class="muted">{t('report.findings.none')}</p>}
      {findings.map((f) => (
        <article class="finding" key={f.id}>
          <h3>
            {f.title?.[locale] ?? f.ruleId} <span class="muted">({t(`report.finding.severity.${f.severity}`)})</span>
          </h3>
          <p class="muted">
            {formatDateTime(f.firstAt, locale)}
            {f.lastAt !== f.firstAt && ` – ${formatDateTime(f.lastAt, locale)}`}
          </p>
          <p class="text">{f.explanation[locale]}</p>
          <p>{t('report.finding.basis')}:</p>
          <ul>
            {f.basis.map((b, i) => (
              <li key={i}>
                {b.citation[locale]} — {basisNote(b, locale, 'report')}
              </li>
            ))}
          </ul>
        </article>
      ))}
    </section>
  );
}
