import { t, getLocale } from '@/utils/i18n/translate';
import { useLive } from '@/components/useLive';
import { getDb } from '@/utils/db/connection';
import { formatDateTime } from '@/utils/i18n/format';
import type { SectionProps } from '../sections';
import { ReminderRow, type ReminderItem } from './agreements/ReminderRow';
import './agreements/agreements.css';

/** Every reminder, soonest first, with the follow-up tasks editable. */
export function Reminders(_props: SectionProps) {
  const items = useLive(async (): Promise<ReminderItem[]> => {
    const db = getDb();
    const [reminders, installments, agreements, lenders] = await Promise.all([
      db.reminders.orderBy('fireAt').toArray(), db.installments.toArray(), db.agreements.toArray(), db.lenders.toArray(),
    ]);
    return reminders.map((r) => {
      const inst = r.targetType === 'installment' ? installments.find((i) => i.id === r.targetId) : undefined;
      const agreement = agreements.find((a) => a.id === (inst ? inst.agreementId : r.targetId));
      return { reminder: r, installment: inst, agreementId: agreement?.id, lender: lenders.find((l) => l.id === agreement?.lenderId) };
    });
  }, []);
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
