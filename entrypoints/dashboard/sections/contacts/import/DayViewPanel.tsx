import { useMemo, useState } from 'preact/hooks';
import { busiestDays, daySentence, dayView } from '@/utils/domain/contacts/day-view';
import type { Agreement } from '@/utils/model/records';
import type { ContactIndexEntry } from '@/utils/domain/search/index-entry';
import { contactsAround } from '@/utils/db/queries/contacts';
import { useLive } from '@/components/useLive';
import { t } from '@/utils/i18n/translate';

interface Props {
  index: readonly ContactIndexEntry[];
  agreements: readonly Agreement[];
}

/**
 * One day of the log as the rules count it, with the sentence the complaint
 * drafts quote. The busiest days come from the contact index; only the
 * contacts around the day shown are read (dayView keeps that day's own).
 */
export function DayViewPanel({ index, agreements }: Props) {
  const busiest = useMemo(() => busiestDays(index, 5, (e) => e.date), [index]);
  const [picked, setPicked] = useState<string | null>(null);
  const date = picked ?? busiest[0]?.date;
  // Read again when the index changes (every write to contacts makes a new one).
  const around = useLive(() => (date ? contactsAround(date) : Promise.resolve(undefined)), [date, index]);
  const view = useMemo(() => (date && around ? dayView(around, date, agreements) : undefined), [around, agreements, date]);
  if (!date || !view) return null;
  return (
    <section class="import-day" aria-labelledby="import-day-title" data-day-view={date}>
      <h3 id="import-day-title">{t('import.day.title')}</h3>
      <label>
        {t('import.day.pick')} <input type="date" value={date} onInput={(e) => setPicked((e.target as HTMLInputElement).value || null)} />
      </label>
      <p class="muted">
        {t('import.day.busiest')}:{' '}
        {busiest.map((d) => (
          <button type="button" class="link" key={d.date} onClick={() => setPicked(d.date)}>
            {d.date} ({d.calls})
          </button>
        ))}
      </p>
      <p data-day-sentence="">
        <strong>{daySentence(view, t)}</strong>
        {view.sms > 0 && ` · ${t('import.day.sms', { sms: view.sms })}`}
      </p>
      {view.afterAgreement && <p>{t('import.day.afterAgreement')}</p>}
      {view.perNumber.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('import.day.col.number')}</th>
              <th scope="col">{t('import.day.col.calls')}</th>
              <th scope="col">{t('import.day.col.connected')}</th>
            </tr>
          </thead>
          <tbody>
            {view.perNumber
              .filter((n) => n.calls > 0)
              .map((n) => (
                <tr key={n.phone}>
                  <td>{n.phone || t('import.numbers.withheld')}</td>
                  <td>{n.calls}</td>
                  <td>{n.connected}</td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
