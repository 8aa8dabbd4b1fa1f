import { DashboardLink } from '@/components/DashboardLink';
import { localLenderName } from '@/utils/i18n/lender-name';
import { useLive } from '@/components/useLive';
import { upcomingForPopup } from '@/utils/db/queries/popup';
import { getLocale, t } from '@/utils/i18n/translate';
import { formatMoney } from '@/utils/i18n/format';
import type { UpcomingItem } from '@/utils/domain/plan/upcoming';
import type { Lender } from '@/utils/model/records';

/** Overdue instalments and the next one due, each linking to its agreement in the dashboard. */
export function UpcomingInstallments() {
  const data = useLive(() => upcomingForPopup(Date.now()), []);
  if (!data) return null;
  const name = (l: Lender | undefined) => localLenderName(l, getLocale());
  const item = (u: UpcomingItem, cls: string) => {
    const hash = `#/agreements/${u.agreementId}?installment=${u.installment.id}`;
    return (
      <li key={u.installment.id} class={cls}>
        <DashboardLink hash={hash}>
          {t('popup.upcoming.item', {
            lender: name(data.lenders.find((l) => l.id === u.lenderId)),
            seq: u.installment.seq,
            amount: formatMoney(u.installment.amountFen - (u.installment.paidFen ?? 0), getLocale()),
            date: u.installment.dueDate,
          })}
        </DashboardLink>
      </li>
    );
  };
  return (
    <section class="upcoming" aria-labelledby="upcoming-title" data-testid="popup-upcoming">
      <h2 id="upcoming-title">{t('popup.upcoming.title')}</h2>
      {data.overdue.length === 0 && data.next.length === 0 && <p class="muted">{t('popup.upcoming.none')}</p>}
      {data.overdue.length > 0 && (
        <>
          <h3 class="error">{t('popup.upcoming.overdue')}</h3>
          <ul class="recent-list" data-testid="popup-overdue">
            {data.overdue.map((u) => item(u, 'recent-item error'))}
          </ul>
        </>
      )}
      {data.next.length > 0 && (
        <>
          <h3>{t('popup.upcoming.next')}</h3>
          <ul class="recent-list" data-testid="popup-next">
            {data.next.slice(0, 3).map((u) => item(u, 'recent-item'))}
          </ul>
        </>
      )}
      <DashboardLink hash="#/agreements">{t('popup.upcoming.open')}</DashboardLink>
    </section>
  );
}
