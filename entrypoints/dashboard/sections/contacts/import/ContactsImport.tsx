import './import.css';
import { useState } from 'preact/hooks';
import type { Agreement, Contact, Lender } from '@/utils/model/records';
import { t } from '@/utils/i18n/translate';
import { DayViewPanel } from './DayViewPanel';
import { ImportFlow } from './ImportFlow';
import { ImportList } from './ImportList';

interface Props {
  contacts: readonly Contact[] | undefined;
  agreements: readonly Agreement[] | undefined;
  lenders: readonly Lender[];
}

/** Contacts → Import: the phone's call log and SMS into the log, the imported files, and the day view. */
export function ContactsImport({ contacts, agreements, lenders }: Props) {
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
      {contacts && contacts.length > 0 && <DayViewPanel contacts={contacts} agreements={agreements ?? []} />}
    </div>
  );
}
