import type { BackupPreview } from '@/utils/domain/backup/preview';
import { formatSize } from '@/utils/domain/evidence/format-size';
import { BACKUP_TABLES } from '@/utils/domain/backup/tables';
import { formatDate, formatDateTime } from '@/utils/i18n/format';
import { getLocale, t } from '@/utils/i18n/translate';

/** What a backup file holds, before anything is written. */
export function BackupPreviewView({ preview }: { preview: BackupPreview }) {
  const locale = getLocale();
  return (
    <div>
      <h4>{t('backup.preview.title')}</h4>
      <p>
        {t('backup.preview.created', { date: formatDateTime(preview.createdAt, locale) })}
        {preview.encrypted && <> · {t('backup.preview.encrypted')}</>}
      </p>
      {preview.range && (
        <p>{t('backup.preview.range', { from: formatDate(preview.range.from, locale), to: formatDate(preview.range.to, locale) })}</p>
      )}
      <p class="muted">{t('backup.preview.schema', { version: preview.schemaVersion, installed: preview.installedSchemaVersion })}</p>
      <table>
        <tbody>
          {BACKUP_TABLES.map((table) => (
            <tr key={table}>
              <th scope="row">{t(`backup.table.${table}`)}</th>
              <td data-testid={`preview-count-${table}`}>{preview.counts[table]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t('backup.preview.evidenceSize', { size: formatSize(preview.evidenceBytes) })}</p>
    </div>
  );
}
