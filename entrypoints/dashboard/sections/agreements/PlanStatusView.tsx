import { t } from '@/utils/i18n/translate';
import type { Agreement, Installment } from '@/utils/model/records';
import { planStatus } from '@/utils/domain/plan/plan-status';
import { money } from './ui';
import { todayIso } from '@/utils/domain/time/wall-clock';

/** Paid, remaining, next due, overdue and whether the plan is on track (what the findings rules use). */
export function PlanStatusView({ agreement, installments }: { agreement: Agreement; installments: Installment[] }) {
  if (installments.length === 0)
    return (
      <p class="muted" data-testid="plan-status">
        {t('plan.noPlan')}
      </p>
    );
  const s = planStatus(installments, todayIso());
  const total = agreement.terms.totalToRepayFen;
  return (
    <section aria-labelledby="plan-status-title" data-testid="plan-status">
      <h3 id="plan-status-title">{t('plan.status.title')}</h3>
      <dl class="ag-stats">
        <div>
          <dt>{t('plan.status.total')}</dt>
          <dd data-testid="plan-total">{money(s.totalFen)}</dd>
        </div>
        <div>
          <dt>{t('plan.status.paid')}</dt>
          <dd data-testid="plan-paid">{money(s.paidFen)}</dd>
        </div>
        <div>
          <dt>{t('plan.status.remaining')}</dt>
          <dd data-testid="plan-remaining">{money(s.remainingFen)}</dd>
        </div>
        <div>
          <dt>{t('plan.status.next')}</dt>
          <dd data-testid="plan-next">
            {s.next
              ? t('plan.status.nextValue', { date: s.next.dueDate, amount: money(s.next.amountFen - (s.next.paidFen ?? 0)) })
              : t('plan.status.nextNone')}
          </dd>
        </div>
        <div>
          <dt>{t('agreement.col.track')}</dt>
          <dd data-testid="plan-track" class={s.onTrack ? 'ok' : 'error'}>
            {s.onTrack ? t('plan.onTrack') : t('plan.offTrack', { count: s.overdue.length })}
          </dd>
        </div>
      </dl>
      {s.totalFen !== total && (
        <p class="error" role="alert">
          {t('plan.status.mismatch', { sum: money(s.totalFen), total: money(total) })}
        </p>
      )}
    </section>
  );
}
