import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n/translate';
import { rpc } from '@/utils/rpc/client';
import { ErrorMessage } from '@/components/ErrorMessage';
import type { Installment } from '@/utils/model/records';
import { MarkPaidForm } from './MarkPaidForm';
import { money } from './ui';

/** The plan's instalments, each with "mark paid" (or undo), the highlighted one from a notification link. */
export function InstallmentTable({
  installments,
  agreementId,
  highlight,
}: {
  installments: Installment[];
  agreementId: string;
  highlight?: string | null;
}) {
  const [paying, setPaying] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  if (installments.length === 0) return null;
  return (
    <>
      <ErrorMessage error={error} />
      <table class="ag-table" data-testid="installments">
        <caption>{t('plan.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plan.col.seq')}</th>
            <th scope="col">{t('plan.col.due')}</th>
            <th scope="col">{t('plan.col.amount')}</th>
            <th scope="col">{t('plan.col.paid')}</th>
            <th scope="col">{t('plan.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {installments.map((i) => (
            <tr key={i.id} id={`inst-${i.id}`} class={highlight === i.id ? 'ag-highlight' : undefined} data-seq={i.seq}>
              <td>{i.seq}</td>
              <td>{i.dueDate}</td>
              <td>{money(i.amountFen)}</td>
              <td>
                {i.paidOn ? (
                  t('plan.paidOn', { date: i.paidOn, amount: money(i.paidFen ?? 0) })
                ) : (
                  <span class="muted">{t('plan.unpaid')}</span>
                )}
                {i.proofEvidenceId && <span class="muted"> · {t('plan.proofLinked')}</span>}
              </td>
              <td>
                {paying === i.id ? (
                  <MarkPaidForm installment={i} agreementId={agreementId} onDone={() => setPaying(null)} />
                ) : i.paidOn ? (
                  <button type="button" class="secondary" onClick={() => rpc('installments.unmarkPaid', { id: i.id }).catch(setError)}>
                    {t('plan.unmarkPaid')}
                  </button>
                ) : (
                  <button type="button" aria-label={t('plan.markPaidFor', { seq: i.seq })} onClick={() => setPaying(i.id)}>
                    {t('plan.markPaid')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
