import { useState } from 'preact/hooks';
import { t, getLocale } from '@/utils/i18n/translate';
import { rpc } from '@/utils/rpc/client';
import { ErrorMessage } from '@/components/ErrorMessage';
import { reminderText, followUpText } from '@/utils/domain/reminders/message';
import { toDateTimeLocal, fromDateTimeLocal } from '@/utils/domain/datetime-local';
import { lenderName } from './ui';
import { complaintSubject } from '@/utils/domain/reminders/complaint-basis';

import type { ReminderItem } from '@/utils/db/queries/dashboard';

/** One reminder; follow-up tasks can be reworded and moved, any reminder marked done. */
export function ReminderRow({ item, when }: { item: ReminderItem; when: string }) {
  const r = item.reminder;
  const [text, setText] = useState(followUpText(r, getLocale()));
  const [at, setAt] = useState(toDateTimeLocal(r.fireAt));
  const [error, setError] = useState<unknown>(null);
  const i = item.installment;
  const { title, message } = reminderText(
    r,
    {
      lenderName: lenderName(item.lender),
      ...(i ? { installment: { seq: i.seq, dueDate: i.dueDate, amountFen: i.amountFen } } : {}),
      ...(item.complaint ? { complaint: complaintSubject(r, item.complaint, getLocale()) } : {}),
    },
    getLocale(),
  );
  const update = (patch: { text?: string; fireAt?: number; done?: boolean }) =>
    rpc('reminders.update', { id: r.id, ...patch }).catch(setError);
  const state = r.done ? 'reminder.state.done' : r.firedAt ? 'reminder.state.fired' : 'reminder.state.pending';
  const fid = `rem-${r.id}`;
  return (
    <tr data-kind={r.kind}>
      <td>{when}</td>
      <td>
        <strong>{title}</strong>
        {r.kind === 'follow-up' ? (
          <div class="ag-row">
            <label for={`${fid}-text`}>{t('reminder.edit.text')}</label>
            <input
              id={`${fid}-text`}
              value={text}
              maxLength={200}
              onInput={(e) => setText(e.currentTarget.value)}
              onChange={() => update({ text })}
            />
            <label for={`${fid}-at`}>{t('reminder.edit.when')}</label>
            <input
              id={`${fid}-at`}
              type="datetime-local"
              value={at}
              onInput={(e) => setAt(e.currentTarget.value)}
              onChange={(e) => {
                const ms = fromDateTimeLocal(e.currentTarget.value);
                if (!Number.isNaN(ms)) void update({ fireAt: ms });
              }}
            />
          </div>
        ) : (
          <p>{message}</p>
        )}
        {item.agreementId && <a href={`#/agreements/${item.agreementId}${i ? `?installment=${i.id}` : ''}`}>{t('reminder.open')}</a>}
        {r.targetType === 'complaint' && <a href={`#/complaints/${r.targetId}`}>{t('reminder.openComplaint')}</a>}
        <ErrorMessage error={error} />
      </td>
      <td>
        {t(state)}{' '}
        <button type="button" class="secondary" onClick={() => update({ done: !r.done })}>
          {r.done ? t('reminder.reopen') : t('reminder.markDone')}
        </button>
      </td>
    </tr>
  );
}
