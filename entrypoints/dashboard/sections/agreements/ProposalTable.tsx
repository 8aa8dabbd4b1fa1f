import { t } from '@/utils/i18n/translate';
import type { Agreement, Installment } from '@/utils/model/records';
import { money } from './ui';

/** A printable repayment proposal (dates, amounts, total) to send to the lender. */
export function ProposalTable({ agreement, installments, lender }: { agreement: Agreement; installments: Installment[]; lender: string }) {
  if (installments.length === 0) return <p class="muted">{t('proposal.empty')}</p>;
  const total = installments.reduce((s, i) => s + i.amountFen, 0);
  return (
    <section class="ag-proposal" aria-labelledby="proposal-title">
      <h3 id="proposal-title">{t('proposal.title')}</h3>
      <p>{t('proposal.intro', { lender })}</p>
      {agreement.accountRef && <p>{t('proposal.ref', { ref: agreement.accountRef })}</p>}
      <table class="ag-table" data-testid="proposal-table">
        <thead>
          <tr>
            <th scope="col">{t('plan.col.seq')}</th>
            <th scope="col">{t('plan.col.due')}</th>
            <th scope="col">{t('plan.col.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {installments.map((i) => (
            <tr key={i.id}>
              <td>{i.seq}</td>
              <td>{i.dueDate}</td>
              <td>{money(i.amountFen)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t('proposal.total')}
            </th>
            <td>{money(total)}</td>
          </tr>
        </tfoot>
      </table>
      <button type="button" class="secondary no-print" onClick={() => print()}>
        {t('proposal.print')}
      </button>
    </section>
  );
}
