import { t, getLocale } from '@/utils/i18n/translate';
import { useLive } from '@/components/useLive';
import { formatDateTime } from '@/utils/i18n/format';
import type { SectionProps } from '../sections';
import { ReminderRow } from './agreements/ReminderRow';
import { reminderItems } from '@/utils/db/queries/dashboard';
import './agreements/agreements.css';

/** Every reminder, soonest first, with the follow-up tasks editable. */
export function Reminders(_props: SectionProps) {
  const items = useLive(() => reminderItems(), []);
  return (
    <section aria-labelledby="reminders-title">
      <h2 id="reminders-title">{t('reminder.list.title')}</h2>
      <p class="muted">{t('reminder.list.intro')}</p>
      {items && items.length === 0 && <p class="muted">{t('reminder.list.none')}</p>}
      {items && items.length > 0 && (
        <table class="ag-table" data-testid="reminder-list">
          <thead>
            <tr><th scope="col">{t('reminder.col.when')}</th><th scope="col">{t('reminder.col.what')}</th><th scope="col">{t('reminder.col.state')}</th></tr>
          </thead>
          <tbody>
            {items.map((it) => <ReminderRow key={it.reminder.id} item={it} when={formatDateTime(it.reminder.fireAt, getLocale())} />)}
          </tbody>
        </table>
      )}
    </section>
  );
}
