import { t } from '@/utils/i18n/translate';
import type { SectionProps } from '../sections';
import { CsvPanel } from './backup/CsvPanel';
import { ExportPanel } from './backup/ExportPanel';
import { ImportPanel } from './backup/ImportPanel';

/** Backup, restore, spreadsheets and the evidence report: the user's records leave only in their own files. */
export function Backup(_props: SectionProps) {
  return (
    <section aria-labelledby="backup-title" class="backup">
      <h2 id="backup-title">{t('backup.nav')}</h2>
      <ExportPanel />
      <ImportPanel />
      <CsvPanel />
    </section>
  );
}
