import { errorText } from '@/components/ErrorMessage';
import { AppError } from '@/utils/model/errors';
import { BackupError } from '@/utils/domain/backup/errors';
import { isBackupTable } from '@/utils/domain/backup/tables';
import { t } from '@/utils/i18n/translate';
import { toAppErrorData } from '@/utils/model/errors';

/** A refused backup in the user's language, with the table of a bad record named in that language too. */
export function backupErrorText(err: unknown): string {
  if (err instanceof BackupError && err.kind === 'invalid-record' && err.data.params) {
    const p = err.data.params;
    const table = String(p.table);
    return t('backup.error.invalidRecord', { ...p, table: isBackupTable(table) ? t(`backup.table.${table}`) : table });
  }
  // A full disk raised by the browser itself (not yet an AppError) still gets the clear sentence.
  if (!(err instanceof AppError) && toAppErrorData(err).code === 'quota') return t('error.quota');
  return errorText(err);
}
