import { t, getLocale } from '@/utils/i18n/translate';
import type { Installment } from '@/utils/model/records';
import { buildInstallmentsIcs } from '@/utils/domain/ics/installments-ics';
import { money } from './ui';

/** Downloads the plan as an .ics file that phone calendars import. */
export function IcsButton({ installments, lender, fileStem }: { installments: Installment[]; lender: string; fileStem: string }) {
  function download() {
    const ics = buildInstallmentsIcs(
      installments.map((i) => ({
        id: i.id,
        seq: i.seq,
        dueDate: i.dueDate,
        amountFen: i.amountFen,
        paid: i.paidOn !== undefined && (i.paidFen ?? 0) >= i.amountFen,
      })),
      {
        title: (i) => t('plan.ics.title', { lender, seq: i.seq, amount: money(i.amountFen) }),
        description: (i) => t('plan.ics.description', { seq: i.seq, amount: money(i.amountFen) }),
        alarm: t('plan.ics.alarm'),
        calendarName: t('plan.ics.calendar'),
      },
    );
    const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${fileStem}-${getLocale()}.ics`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  if (installments.length === 0) return null;
  return (
    <button type="button" class="secondary" onClick={download}>
      {t('plan.ics.download')}
    </button>
  );
}
