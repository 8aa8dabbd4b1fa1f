import { browser } from 'wxt/browser';
import { useState } from 'preact/hooks';
import { csvData } from '@/utils/db/queries/dashboard';
import { contactsCsv, installmentsCsv } from '@/utils/domain/backup/csv';
import { getLocale, t } from '@/utils/i18n/translate';
import { todayIso } from '@/utils/domain/time/wall-clock';
import { backupErrorText } from './backup-error';
import { downloadBlob } from './download';

/** Spreadsheet downloads and the printable report. */
export function CsvPanel() {
  const [error, setError] = useState('');

  async function download(kind: 'contacts' | 'installments') {
    setError('');
    try {
      const text =
        kind === 'contacts'
          ? await csvData('contacts').then(({ rows, lenders, agreements }) => contactsCsv(rows, { lenders, agreements }, getLocale()))
          : await csvData('installments').then(({ rows, lenders, agreements }) =>
              installmentsCsv(rows, { lenders, agreements }, getLocale(), todayIso()),
            );
      downloadBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), `negotiation-guard-${kind}-${todayIso()}.csv`);
    } catch (err) {
      setError(backupErrorText(err));
    }
  }

  return (
    <>
      <section aria-labelledby="backup-csv-title">
        <h3 id="backup-csv-title">{t('backup.csv.title')}</h3>
        <p class="muted">{t('backup.csv.hint')}</p>
        <button type="button" class="secondary" data-testid="csv-contacts" onClick={() => void download('contacts')}>
          {t('backup.csv.contacts')}
        </button>{' '}
        <button type="button" class="secondary" data-testid="csv-installments" onClick={() => void download('installments')}>
          {t('backup.csv.installments')}
        </button>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
      </section>
      <section aria-labelledby="backup-report-title">
        <h3 id="backup-report-title">{t('backup.report.title')}</h3>
        <p class="muted">{t('backup.report.hint')}</p>
        <a href={browser.runtime.getURL('/report.html')} target="_blank" rel="noopener" data-testid="open-report">
          {t('backup.report.open')}
        </a>
      </section>
    </>
  );
}
