import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Lender } from '@/utils/model/records';
import type { Today } from '@/utils/domain/today/today';
import type { UpcomingItem } from '@/utils/domain/plan/upcoming';
import type { GroupSummary } from '@/utils/domain/findings/group-summary';
import { followUpText } from '@/utils/domain/reminders/message';
import { localLenderName } from '@/utils/i18n/lender-name';
import { formatDateTime, formatMoney } from '@/utils/i18n/format';
import { getLocale, t } from '@/utils/i18n/translate';
import type { MessageKey } from '@/utils/i18n/messages';
import { rpc } from '@/utils/rpc/client';
import { ErrorMessage } from '@/components/ErrorMessage';

function Group({ id, title, tone, children }: { id: string; title: MessageKey; tone?: 'danger' | undefined; children: ComponentChildren }) {
  return (
    <section class={`today-group${tone ? ` ${tone}` : ''}`} aria-labelledby={`today-${id}`} data-testid={`today-${id}`}>
      <h3 id={`today-${id}`}>{t(title)}</h3>
      <ul class="today-list">{children}</ul>
    </section>
  );
}

/** One thing to do: what it is, and its one primary action. */
function Item({ children, action }: { children: ComponentChildren; action: ComponentChildren }) {
  return (
    <li class="card today-item">
      <div>{children}</div>
      {action}
    </li>
  );
}

interface Props {
  today: Today;
  lenders: readonly Lender[];
  groups: readonly GroupSummary[];
  /** A complaint channel's name (complaints/names.ts), passed in: it comes with the overview's code (today-code.ts). */
  channelName: (channelId: string) => string;
}

/** The overview's "what do I need to do now": overdue first, then what is coming, then what is new. */
export function TodayView({ today: d, lenders, groups, channelName }: Props) {
  const l = getLocale();
  const [error, setError] = useState<unknown>(null);
  const lender = (id: string | undefined) =>
    localLenderName(
      lenders.find((x) => x.id === id),
      l,
    );
  const instalment = (u: UpcomingItem) =>
    t('popup.upcoming.item', {
      lender: lender(u.lenderId),
      seq: u.installment.seq,
      amount: formatMoney(u.installment.amountFen - (u.installment.paidFen ?? 0), l),
      date: u.installment.dueDate,
    });
  const planLink = (u: UpcomingItem, label: MessageKey, primary: boolean) => (
    <a class={primary ? 'button-link' : 'button-link secondary'} href={`#/agreements/${u.agreementId}?installment=${u.installment.id}`}>
      {t(label)}
    </a>
  );
  return (
    <>
      <ErrorMessage error={error} />
      {d.overdue.length > 0 && (
        <Group id="overdue" title="everyday.today.overdue" tone="danger">
          {d.overdue.map((u) => (
            <Item key={u.installment.id} action={planLink(u, 'everyday.today.overdueAction', true)}>
              {instalment(u)}
            </Item>
          ))}
        </Group>
      )}
      {d.answers.length > 0 && (
        <Group id="answers" title="everyday.today.answers" tone={d.answers.some((a) => a.overdue) ? 'danger' : undefined}>
          {d.answers.map((a) => (
            <Item
              key={a.complaint.id}
              action={
                <a class="button-link" href={`#/complaints/${a.complaint.id}`}>
                  {t('everyday.today.answersAction')}
                </a>
              }
            >
              {t(a.overdue ? 'everyday.today.answerOverdue' : 'everyday.today.answerDue', {
                channel: channelName(a.complaint.channelId),
                ref: a.complaint.referenceNo || '—',
                due: a.due,
              })}
            </Item>
          ))}
        </Group>
      )}
      {d.followUps.length > 0 && (
        <Group id="follow-ups" title="everyday.today.followUps">
          {d.followUps.map((r) => (
            <Item
              key={r.id}
              action={
                <button type="button" onClick={() => void rpc('reminders.update', { id: r.id, done: true }).catch(setError)}>
                  {t('everyday.today.followUpDone')}
                </button>
              }
            >
              {followUpText(r, l)} <span class="muted small">{formatDateTime(r.fireAt, l)}</span>{' '}
              <a href={`#/agreements/${r.targetId}`}>{t('everyday.today.openAgreement')}</a>
            </Item>
          ))}
        </Group>
      )}
      {d.newFindings.length > 0 && (
        <Group id="findings" title="everyday.today.newFindings">
          {d.newFindings.map((f) => (
            <Item
              key={f.ruleId}
              action={
                <a class="button-link secondary" href={`#/findings`}>
                  {t('everyday.today.findingsAction')}
                </a>
              }
            >
              {t('everyday.today.findingItem', { title: groups.find((g) => g.ruleId === f.ruleId)?.title[l] ?? f.ruleId, count: f.added })}
            </Item>
          ))}
        </Group>
      )}
      {d.next.length > 0 && (
        <Group id="next" title="everyday.today.next">
          {d.next.map((u) => (
            <Item key={u.installment.id} action={planLink(u, 'everyday.today.nextAction', false)}>
              {instalment(u)}
            </Item>
          ))}
        </Group>
      )}
    </>
  );
}
