import { useLive } from '@/components/useLive';
import { listImports } from '@/utils/db/queries/import';
import { formatDateTime } from '@/utils/i18n/format';
import { getLocale, t } from '@/utils/i18n/translate';

/**
 * The phone exports the log was imported from, each with size, time and
 * SHA-256, so a complaint can say "taken from the call-log export of …,
 * SHA-256 …" and a copy of the file can be checked against it.
 */
export function ImportsPart() {
  const imports = useLive(() => listImports(), []);
  if (!imports?.length) return null;
  const locale = getLocale();
  return (
    <section aria-labelledby="report-imports" data-testid="report-imports">
      <h2 id="report-imports">{t('import.report.title')}</h2>
      <ul>
        {imports.map((i) => (
          <li key={i.id}>
            {t('import.report.row', { name: i.name, size: i.size, date: formatDateTime(i.importedAt, locale), sha: i.sha256 })}
          </li>
        ))}
      </ul>
    </section>
  );
}
