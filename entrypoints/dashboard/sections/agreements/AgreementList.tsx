import { t } from '@/utils/i18n/translate';
import { useLive } from '@/components/useLive';
import { planStatus } from '@/utils/domain/plan/plan-status';
import { agreementRows } from '@/utils/db/queries/agreements';
import { lenderName, money } from './ui';
import { todayIso } from '@/utils/domain/time/wall-clock';

/** Every agreement with where its plan stands. */
export function AgreementList() {
  const rows = useLive(() => agreementRows(), []);
  if (!rows) return null;
  if (rows.length === 0) return <p class="muted">{t('agreement.list.none')}</p>;
  const today = todayIso();
  return (
    <table class="ag-table" data-testid="agreement-list">
      <thead>
        <tr>
          <th scope="col">{t('agreement.col.lender')}</th>
          <th scope="col">{t('agreement.col.product')}</th>
          <th scope="col">{t('agreement.col.status')}</th>
          <th scope="col">{t('agreement.col.total')}</th>
          <th scope="col">{t('agreement.col.remaining')}</th>
          <th scope="col">{t('agreement.col.next')}</th>
          <th scope="col">{t('agreement.col.track')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ a, lender, plan }) => {
          const s = plan.length ? planStatus(plan, today) : undefined;
          return (
            <tr key={a.id}>
              <td>
                <a href={`#/agreements/${a.id}`}>{lenderName(lender) || '—'}</a>
              </td>
              <td>{a.product}</td>
              <td>{t(`agreement.status.${a.status}`)}</td>
              <td>{money(a.terms.totalToRepayFen)}</td>
              <td>{s ? money(s.remainingFen) : '—'}</td>
              <td>{s?.next ? `${s.next.dueDate} · ${money(s.next.amountFen)}` : '—'}</td>
              <td class={s && !s.onTrack ? 'error' : undefined}>
                {!s ? t('plan.noPlan') : s.onTrack ? t('plan.onTrack') : t('plan.offTrack', { count: s.overdue.length })}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
