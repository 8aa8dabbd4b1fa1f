import { useMemo } from 'preact/hooks';
import { useLive } from '@/components/useLive';
import { readPatternInput } from '@/utils/db/queries/patterns';
import { contactPattern } from '@/utils/domain/charts/contact-pattern';
import { localLenderName } from '@/utils/i18n/lender-name';
import { getLocale, t } from '@/utils/i18n/translate';
import { ContactPatternChart } from '@/components/charts/ContactPatternChart';
import type { SectionProps } from '../sections';

/** "When do they call?": the harassment pattern at a glance, the same chart as in the printable report. */
export function Patterns(_props: SectionProps) {
  const data = useLive(() => readPatternInput(), []);
  const pattern = useMemo(() => (data ? contactPattern(data.contacts, data.agreementDates) : undefined), [data]);
  if (!data || !pattern) return null;
  const name = (id: string) =>
    id
      ? localLenderName(
          data.lenders.find((l) => l.id === id),
          getLocale(),
        )
      : t('everyday.chart.noLender');
  return (
    <section aria-labelledby="patterns-title" data-testid="patterns">
      <h2 id="patterns-title">{t('everyday.chart.title')}</h2>
      <p class="muted">{t('everyday.chart.intro')}</p>
      <ContactPatternChart pattern={pattern} lenderName={name} id="dash-pattern" />
      <p>
        <a href="/report.html" target="_blank" rel="noopener">
          {t('everyday.chart.inReport')}
        </a>
      </p>
    </section>
  );
}
