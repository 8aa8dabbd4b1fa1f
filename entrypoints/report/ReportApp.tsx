import { useEffect, useState } from 'preact/hooks';
import { StorageStatus } from '@/components/StorageStatus';
import { selectReport, scopeFromQuery, type ReportModel, type ReportScope } from '@/utils/domain/report/select';
import { formatDateTime } from '@/utils/i18n/format';
import { todayIso } from '@/utils/domain/time/wall-clock';
import { getLocale, t } from '@/utils/i18n/translate';
import { localLenderName } from '@/utils/i18n/lender-name';
import { errorText } from '@/components/ErrorMessage';
import { loadReportInput } from './load';
import { isSampleId } from '@/utils/domain/sample/id';
import { AgreementsPart } from './parts/AgreementsPart';
import { ContactsPart } from './parts/ContactsPart';
import { FindingsPart } from './parts/FindingsPart';
import { EvidencePart } from './parts/EvidencePart';
import { PatternPart } from './parts/PatternPart';
import { ImportsPart } from './parts/ImportsPart';

function scopeText(scope: ReportScope, model: ReportModel): string {
  if (scope.kind === 'agreement') {
    const a = model.agreements[0];
    return t('report.scope.agreement', {
      name: a ? `${localLenderName(a.lender, getLocale())} ${a.agreement.product} ${a.agreement.accountRef}`.trim() : scope.id,
    });
  }
  if (scope.kind === 'lender')
    return t('report.scope.lender', { name: localLenderName(model.lenders.get(scope.id), getLocale()) || scope.id });
  if (scope.kind === 'range') return t('report.scope.range', { from: scope.from, to: scope.to });
  return t('report.scope.all');
}

/** The printable evidence report: one agreement, one lender, a period, or everything (?agreement= | ?lender= | ?from=&to=). */
export function ReportApp({ query }: { query: URLSearchParams }) {
  const scope = scopeFromQuery(query);
  const [model, setModel] = useState<ReportModel | null>(null);
  const [samplesLoaded, setSamplesLoaded] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    loadReportInput()
      .then((input) => {
        setSamplesLoaded(input.agreements.some((a) => isSampleId(a.id)) || input.contacts.some((c) => isSampleId(c.id)));
        setModel(selectReport(input, scope, todayIso()));
      })
      .catch(setError);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- deliberate: the report is read once per page; its scope comes from the URL, fixed for the page
  }, []);

  return (
    // data-ready: the report has been read (or failed to): what a test or a print waits for.
    <main class="report-main" data-ready={model || error !== null ? '' : undefined}>
      <StorageStatus />
      <header class="report-header">
        <h1>{t('report.title')}</h1>
        <button type="button" class="no-print" onClick={() => print()}>
          {t('report.print')}
        </button>
      </header>
      {error !== null && (
        <p class="error" role="alert">
          {errorText(error)}
        </p>
      )}
      {model && (
        <>
          <p data-testid="report-scope">{scopeText(scope, model)}</p>
          {model.sample && (
            <p class="banner warn" role="status" data-testid="report-sample">
              {t('everyday.sample.report')}
            </p>
          )}
          {!model.sample && samplesLoaded && (
            <p class="muted no-print" data-testid="report-own-only">
              {t('everyday.sample.reportOwn')}
            </p>
          )}
          <p class="muted">{t('report.generated', { date: formatDateTime(Date.now(), getLocale()) })}</p>
          <AgreementsPart model={model} />
          <PatternPart model={model} />
          <ContactsPart contacts={model.contacts} lenders={model.lenders} />
          <FindingsPart findings={model.findings} />
          <EvidencePart evidence={model.evidence} />
          <ImportsPart />
        </>
      )}
    </main>
  );
}
