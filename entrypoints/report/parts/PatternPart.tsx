import { useMemo } from 'preact/hooks';
import type { ReportModel } from '@/utils/domain/report/select';
import { contactPattern } from '@/utils/domain/charts/contact-pattern';
import { localLenderName } from '@/utils/i18n/lender-name';
import { getLocale, t } from '@/utils/i18n/translate';
import { ContactPatternChart } from '@/components/charts/ContactPatternChart';

/** The harassment pattern at a glance for whoever reads the report: the chart before the chronology. */
export function PatternPart({ model }: { model: ReportModel }) {
  const pattern = useMemo(
    () =>
      contactPattern(
        model.contacts,
        model.agreements.map((a) => a.agreement.negotiatedOn),
      ),
    [model],
  );
  const name = (id: string) => (id ? localLenderName(model.lenders.get(id), getLocale()) : t('everyday.chart.noLender'));
  return (
    <section aria-labelledby="report-pattern" data-testid="report-pattern">
      <h2 id="report-pattern">{t('everyday.chart.title')}</h2>
      <ContactPatternChart pattern={pattern} lenderName={name} id="report-pattern-chart" />
    </section>
  );
}
