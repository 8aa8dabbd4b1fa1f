import './import.css';
import { useState } from 'preact/hooks';
import type { Agreement, Lender } from '@/utils/model/records';
import type { ContactIndexEntry } from '@/utils/domain/search/index-search';
import { t } from '@/utils/i18n/translate';
import { DayViewPanel } from './DayViewPanel';
import { ImportFlow } from './ImportFlow';
import { ImportList } from './ImportList';

interface Props {
  /** The contact index (the day view counts days from it and reads only the day it shows). */
  index: readonly ContactIndexEntry[] | undefined;
  agreements: readonly Agreement[] | undefined;
  lenders: readonly Lender[];
}

/** Contacts → Import: the phone's call log and SMS into the log, the imported files, and the day view. */
export function ContactsImport({ index, agreements, lenders }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <div class="contacts-import">
      <button type="button" class="secondary" aria-expanded={open} data-import-open="" onClick={() => setOpen(!open)}>
        {t('import.open')}
      </button>
      {open && (
        <section class="import-panel" aria-label={t('import.title')}>
          <h3>{t('import.title')}</h3>
          <ImportFlow lenders={lenders} />
          <ImportList />
        </section>
      )}
      {index && index.length > 0 && <DayViewPanel index={index} agreements={agreements ?? []} />}
    </div>
  );
}
