import { t, getLocale } from '@/utils/i18n/translate';
import { useLive } from '@/components/useLive';
import { formatDateTime } from '@/utils/i18n/format';
import type { SectionProps } from '../sections';
import { ReminderRow } from './agreements/ReminderRow';
import { reminderItems } from '@/utils/db/queries/dashboard';
import './agreements/agreements.css';
import { groupReminders } from '@/utils/domain/reminders/group';
import { localIsoDate } from '@/utils/domain/time/wall-clock';
import { lenderName } from './agreements/ui';

/** Every reminder, grouped by agreement and month (soonest first), with the follow-up tasks editable. */
export function Reminders(_props: SectionProps) {
  const items = useLive(() => reminderItems(), []);
  return (
    <section aria-labelledby="reminders-title">
      <h2 id="reminders-title">{t('reminder.list.title')}</h2>
      <p class="muted">{t('reminder.list.intro')}</p>
      {items && items.length === 0 && <p class="muted">{t('reminder.list.none')}</p>}
      {items && items.length > 0 && (
        <div data-testid="reminder-list">
          {groupReminders(items, (ms) => localIsoDate(ms).slice(0, 7)).map((g) => {
            const first = g.months[0]!.items[0]!;
            const name = g.agreementId ? `${lenderName(first.lender)}` : t('everyday.reminders.other');
            return (
              <section class="reminder-group" key={g.agreementId || 'other'} aria-labelledby={`rg-${g.agreementId || 'other'}`}>
                <h3 id={`rg-${g.agreementId || 'other'}`}>
                  {name} <span class="muted small">{t('everyday.reminders.open', { count: g.open })}</span>
                </h3>
                <table class="ag-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('reminder.col.when')}</th>
                      <th scope="col">{t('reminder.col.what')}</th>
                      <th scope="col">{t('reminder.col.state')}</th>
                    </tr>
                  </thead>
                  {g.months.map((m) => (
                    <tbody key={m.month}>
                      <tr class="month-row">
                        <th scope="colgroup" colSpan={3}>
                          {m.month}
                        </th>
                      </tr>
                      {m.items.map((it) => (
                        <ReminderRow key={it.reminder.id} item={it} when={formatDateTime(it.reminder.fireAt, getLocale())} />
                      ))}
                    </tbody>
                  ))}
                </table>
              </section>
            );
          })}
        </div>
      )}
    </section>
  );
}
