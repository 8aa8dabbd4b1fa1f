import type { ImportSource } from '@/utils/db/queries/import-sources';
import { formatDateTime } from '@/utils/i18n/format';
import { getLocale, t } from '@/utils/i18n/translate';
import { downloadBlob } from '../backup/download';

/**
 * "Taken from calls-….xml (imported …), record 12, line 40" under an imported
 * contact, with the kept original one click away: what a complaint cites as
 * the source. The file is offered as a download only, with an inert type, so
 * an imported file is never rendered as a page of the extension.
 */
export function ImportSourceLine({ source }: { source: ImportSource }) {
  const { record } = source;
  const params = { name: record.name, date: formatDateTime(record.importedAt, getLocale()), position: source.position };
  return (
    <p class="muted import-source" data-import-source={record.id}>
      {source.line ? t('import.source.fromLine', { ...params, line: source.line }) : t('import.source.from', params)}{' '}
      <button
        type="button"
        class="quiet"
        title={t('import.list.sha', { sha: record.sha256 })}
        onClick={() => downloadBlob(new Blob([record.blob], { type: 'application/octet-stream' }), record.name)}
      >
        {t('import.source.download')}
      </button>
    </p>
  );
}
