import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n/translate';
import type { DeletedAgreement } from '@/utils/db/repos/agreements';
import { CardPlanChecklist } from './CardPlanChecklist';
import { DeleteDialog } from './DeleteDialog';
import { IcsButton } from './IcsButton';
import { InstallmentTable } from './InstallmentTable';
import { PlanStatusView } from './PlanStatusView';
import { lenderName, money } from './ui';
import type { AgreementView } from '@/utils/db/queries/agreements';

/** The agreement at a glance: terms, promises, plan status, instalments with "mark paid", export, delete. */
export function AgreementDetail({
  view,
  highlight,
  onDeleted,
}: {
  view: AgreementView;
  highlight: string | null;
  onDeleted: (s: DeletedAgreement) => void;
}) {
  const { agreement: a, lender, installments } = view;
  const [deleting, setDeleting] = useState(false);
  useEffect(() => {
    if (highlight) document.getElementById(`inst-${highlight}`)?.scrollIntoView({ block: 'center' });
  }, [highlight]);
  const promises = (['stopCollection', 'noThirdPartyContact', 'noNewPenalties'] as const).filter((p) => a.promises[p]);
  return (
    <div class="ag-detail">
      <p>
        <span class="ag-badge">{t(`agreement.status.${a.status}`)}</span>{' '}
        {t('agreement.detail.negotiated', { date: a.negotiatedOn, via: t(`agreement.via.${a.negotiatedVia}`) })}
      </p>
      {(a.counterpart.name || a.counterpart.staffId || a.counterpart.phone) && <p>{t('agreement.detail.counterpart', a.counterpart)}</p>}
      {a.lenderRef && <p>{t('agreement.detail.ref', { ref: a.lenderRef })}</p>}
      <dl class="ag-stats">
        <div>
          <dt>{t('agreement.field.owedBefore')}</dt>
          <dd>{money(a.terms.owedBeforeFen)}</dd>
        </div>
        <div>
          <dt>{t('agreement.field.totalToRepay')}</dt>
          <dd>{money(a.terms.totalToRepayFen)}</dd>
        </div>
        <div>
          <dt>{t('agreement.field.waivedInterest')}</dt>
          <dd>{money(a.terms.waivedInterestFen)}</dd>
        </div>
        <div>
          <dt>{t('agreement.field.waivedPenalty')}</dt>
          <dd>{money(a.terms.waivedPenaltyFen)}</dd>
        </div>
        <div>
          <dt>{t('agreement.field.waivedFees')}</dt>
          <dd>{money(a.terms.waivedFeesFen)}</dd>
        </div>
      </dl>
      {(promises.length > 0 || a.promises.creditReport !== 'none' || a.promises.other) && (
        <>
          <h3>{t('agreement.group.promises')}</h3>
          <ul>
            {promises.map((p) => (
              <li key={p}>{t(`agreement.promise.${p}`)}</li>
            ))}
            {a.promises.creditReport !== 'none' && (
              <li>
                {t('agreement.field.creditReport')}: {t(`agreement.credit.${a.promises.creditReport}`)}
              </li>
            )}
            {a.promises.other && <li class="ag-pre">{a.promises.other}</li>}
          </ul>
        </>
      )}
      {lender?.kind === 'bank-card' && <CardPlanChecklist value={a.cardPlanItems} />}
      <PlanStatusView agreement={a} installments={installments} />
      <InstallmentTable installments={installments} agreementId={a.id} highlight={highlight} />
      <div class="ag-actions">
        <IcsButton installments={installments} lender={lenderName(lender)} fileStem={`plan-${a.negotiatedOn}`} />
        {!deleting && (
          <button type="button" class="secondary" onClick={() => setDeleting(true)}>
            {t('agreement.delete.open')}
          </button>
        )}
      </div>
      {deleting && <DeleteDialog view={view} onCancel={() => setDeleting(false)} onDeleted={onDeleted} />}
    </div>
  );
}
