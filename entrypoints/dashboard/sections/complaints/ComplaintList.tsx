import type { Complaint, Lender } from '@/utils/model/records';
import { isOverdue } from '@/utils/domain/complaints/deadline';
import { effectiveDue } from '@/utils/domain/complaints/stale-due';
import { channelById } from '@/utils/sites';
import { StaleDueNote } from './StaleDueNote';
import { formatDate } from '@/utils/i18n/format';
import { getLocale, t } from '@/utils/i18n/translate';
import { localLenderName } from '@/utils/i18n/lender-name';
import { channelName, statusLabel } from './names';
import { todayIso } from '@/utils/domain/time/wall-clock';

/** Every complaint, newest first, with its answer deadline flagged once it has passed. */
export function ComplaintList({ complaints, lenders }: { complaints: Complaint[]; lenders: Lender[] }) {
  if (complaints.length === 0) return <p class="muted">{t('complaint.empty')}</p>;
  const today = todayIso();
  const lenderName = (id?: string) =>
    localLenderName(
      lenders.find((l) => l.id === id),
      getLocale(),
    );
  return (
    <table class="complaint-list" data-testid="complaint-list">
      <thead>
        <tr>
          {(['channel', 'lender', 'date', 'status', 'due', 'ref'] as const).map((c) => (
            <th key={c} scope="col">
              {t(`complaint.col.${c}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {[...complaints]
          .sort((a, b) => b.createdAt - a.createdAt)
          .map((c) => {
            const waiting = c.status === 'submitted' || c.status === 'acknowledged';
            return (
              <tr key={c.id}>
                <td>
                  <a href={`#/complaints/${c.id}`}>{channelName(c.channelId)}</a>
                </td>
                <td>{lenderName(c.lenderId)}</td>
                <td>{formatDate(c.submittedAt ?? c.createdAt, getLocale())}</td>
                <td>{statusLabel(c.status)}</td>
                <td>
                  {c.answerDue ?? ''} {/* "Overdue" only from a due date the current deadline data still gives. */}
                  {waiting && isOverdue(effectiveDue(c, channelById(c.channelId)), today) && (
                    <strong class="error">{t('complaint.overdue')}</strong>
                  )}
                  <StaleDueNote complaint={c} />
                </td>
                <td>{c.referenceNo}</td>
              </tr>
            );
          })}
      </tbody>
    </table>
  );
}
