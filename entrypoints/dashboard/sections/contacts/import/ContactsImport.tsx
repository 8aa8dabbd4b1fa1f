import './import.css';
import { useEffect, useState } from 'preact/hooks';
import type { Agreement, Lender } from '@/utils/model/records';
import type { ContactIndexEntry } from '@/utils/domain/search/index-entry';
import { t } from '@/utils/i18n/translate';
import { DayViewPanel } from './DayViewPanel';
import { ErrorMessage } from '@/components/ErrorMessage';

// The import's code (XML and CSV parsers, hashing, number grouping, word
// lists: about half a megabyte) loads when the user opens the import, not
// with the contacts view's first screen.
const loadFlow = () =>
  Promise.all([import('./ImportFlow'), import('./ImportList')]).then(([f, l]) => ({ ImportFlow: f.ImportFlow, ImportList: l.ImportList }));
type Flow = Awaited<ReturnType<typeof loadFlow>>;

interface Props {
  /** The contact index (the day view counts days from it and reads only the day it shows). */
  index: readonly ContactIndexEntry[] | undefined;
  agreements: readonly Agreement[] | undefined;
  lenders: readonly Lender[];
}

/** Contacts → Import: the phone's call log and SMS into the log, the imported files, and the day view. */
export function ContactsImport({ index, agreements, lenders }: Props) {
  const [open, setOpen] = useState(false);
  const [flow, setFlow] = useState<Flow | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  useEffect(() => {
    if (open && !flow) loadFlow().then(setFlow, setFailed);
  }, [open, flow]);
  return (
    <div class="contacts-import">
      <button type="button" class="secondary" aria-expanded={open} data-import-open="" onClick={() => setOpen(!open)}>
        {t('import.open')}
      </button>
      {open && (
        <section class="import-panel" aria-label={t('import.title')}>
          <h3>{t('import.title')}</h3>
          <ErrorMessage error={failed} />
          {flow && (
            <>
              <flow.ImportFlow lenders={lenders} />
              <flow.ImportList />
            </>
          )}
        </section>
      )}
      {index && index.length > 0 && <DayViewPanel index={index} agreements={agreements ?? []} />}
    </div>
  );
}
