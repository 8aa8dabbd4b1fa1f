import { useLive } from '@/components/useLive';
import { listImports } from '@/utils/db/queries/import';
import { formatDateTime } from '@/utils/i18n/format';
import { getLocale, t } from '@/utils/i18n/translate';

/** The files imported so far, each with its SHA-256: what a complaint cites as the source. */
export function ImportList() {
  const imports = useLive(() => listImports(), []);
  if (!imports?.length) return null;
  return (
    <section aria-labelledby="import-list-title" class="import-list">
      <h4 id="import-list-title">{t('import.list.title')}</h4>
      <ul>
        {imports.map((i) => (
          <li key={i.id} data-import-id={i.id}>
            {t('import.list.row', { name: i.name, date: formatDateTime(i.importedAt, getLocale()), added: i.added })}
            <br />
            <code class="muted">{t('import.list.sha', { sha: i.sha256 })}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
