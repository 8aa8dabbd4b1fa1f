import type { ReportModel } from '@/utils/domain/report/select';
import { installmentState } from '@/utils/domain/backup/csv';
import { formatMoney } from '@/utils/i18n/format';
import { getLocale, t } from '@/utils/i18n/translate';
import { localLenderName } from '@/utils/i18n/lender-name';
import { todayIso } from '@/utils/domain/time/wall-clock';

const yesNo = (b: boolean) => t(b ? 'report.yes' : 'report.no');

/** Each agreement: its terms, the lender's promises, and where the instalments stand (planStatus). */
export function AgreementsPart({ model }: { model: ReportModel }) {
  const locale = getLocale();
  const money = (fen: number) => formatMoney(fen, locale);
  const today = todayIso();
  return (
    <section aria-labelledby="report-agreements" data-testid="report-agreements">
      <h2 id="report-agreements">{t('report.section.agreements')}</h2>
      {model.agreements.length === 0 && <p class="muted">{t('report.empty')}</p>}
      {model.agreements.map(({ agreement: a, lender, installments, status }) => (
        <article key={a.id}>
          <h3>{[localLenderName(lender, getLocale()), a.product, a.accountRef].filter(Boolean).join(' · ')}</h3>
          <dl>
            <dt>{t('report.agreement.negotiatedOn')}</dt>
            <dd>{a.negotiatedOn}</dd>
            <dt>{t('report.agreement.counterpart')}</dt>
            <dd>{[a.counterpart.name, a.counterpart.staffId, a.counterpart.phone].filter(Boolean).join(' / ')}</dd>
            <dt>{t('report.agreement.lenderRef')}</dt>
            <dd>{a.lenderRef}</dd>
            <dt>{t('report.agreement.owedBefore')}</dt>
            <dd>{money(a.terms.owedBeforeFen)}</dd>
            <dt>{t('report.agreement.totalToRepay')}</dt>
            <dd>{money(a.terms.totalToRepayFen)}</dd>
            <dt>{t('report.agreement.waived')}</dt>
            <dd>{[a.terms.waivedInterestFen, a.terms.waivedPenaltyFen, a.terms.waivedFeesFen].map(money).join(' / ')}</dd>
            <dt>{t('report.promise.stopCollection')}</dt>
            <dd>{yesNo(a.promises.stopCollection)}</dd>
            <dt>{t('report.promise.noThirdPartyContact')}</dt>
            <dd>{yesNo(a.promises.noThirdPartyContact)}</dd>
            <dt>{t('report.promise.noNewPenalties')}</dt>
            <dd>{yesNo(a.promises.noNewPenalties)}</dd>
            <dt>{t('report.promise.creditReport')}</dt>
            <dd>{t(`report.credit.${a.promises.creditReport}`)}</dd>
            {a.promises.other && (
              <>
                <dt>{t('report.promise.other')}</dt>
                <dd class="text">{a.promises.other}</dd>
              </>
            )}
          </dl>
          <h4 data-testid="report-installments">{t('report.section.installments')}</h4>
          <p>
            {t('report.plan.summary', {
              total: money(status.totalFen),
              paid: money(status.paidFen),
              remaining: money(status.remainingFen),
            })}{' '}
            · {status.onTrack ? t('report.plan.onTrack') : t('report.plan.overdue', { count: status.overdue.length })}
          </p>
          <table>
            <thead>
              <tr>
                {(['seq', 'due', 'amount', 'paid', 'paidOn', 'status'] as const).map((c) => (
                  <th key={c} scope="col">
                    {t(`report.col.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {installments.map((i) => (
                <tr key={i.id}>
                  <td>{i.seq}</td>
                  <td>{i.dueDate}</td>
                  <td>{money(i.amountFen)}</td>
                  <td>{i.paidFen !== undefined ? money(i.paidFen) : ''}</td>
                  <td>{i.paidOn ?? ''}</td>
                  <td>{t(`report.status.${installmentState(i, today)}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </article>
      ))}
    </section>
  );
}
