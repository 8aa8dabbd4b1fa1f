import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n/translate';
import { rpc } from '@/utils/rpc/client';
import { ErrorMessage } from '@/components/ErrorMessage';
import { useLive } from '@/components/useLive';
import { proofCandidates } from '@/utils/db/queries/agreements';
import type { Installment } from '@/utils/model/records';
import { fenToYuanText, parseYuan } from '@/utils/domain/plan/money-input';
import { describe, errorToFields, Field, issueText, type FieldErrors } from './ui';
import { todayIso } from '@/utils/domain/time/wall-clock';

/** Records a payment: date, amount, and optionally an evidence item as proof. */
export function MarkPaidForm({ installment, agreementId, onDone }: { installment: Installment; agreementId: string; onDone: () => void }) {
  const [paidOn, setPaidOn] = useState(todayIso());
  const [amount, setAmount] = useState(fenToYuanText(installment.amountFen - (installment.paidFen ?? 0) || installment.amountFen));
  const [proof, setProof] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<unknown>(null);
  // Proof candidates: evidence attached to this agreement or this instalment, newest first.
  const evidence = useLive(() => proofCandidates(agreementId, installment.id), [agreementId, installment.id]) ?? [];
  const p = `paid-${installment.seq}`;

  async function save(e: Event) {
    e.preventDefault();
    setGeneral(null);
    const fen = parseYuan(amount);
    if (fen === undefined || fen <= 0)
      return setErrors({ paidFen: issueText(fen === undefined ? 'plan.error.yuan' : 'plan.error.amountPositive') });
    setErrors({});
    try {
      await rpc('installments.markPaid', { id: installment.id, paidOn, paidFen: fen, ...(proof ? { proofEvidenceId: proof } : {}) });
      onDone();
    } catch (err) {
      const fields = errorToFields(err);
      if (fields) setErrors(fields);
      else setGeneral(err);
    }
  }

  return (
    <form class="ag-inline-form" onSubmit={save} noValidate aria-label={t('plan.markPaidFor', { seq: installment.seq })}>
      <Field id={`${p}-on`} label={t('plan.field.paidOn')} error={errors.paidOn}>
        <input
          type="date"
          name="paidOn"
          value={paidOn}
          onInput={(e) => setPaidOn(e.currentTarget.value)}
          {...describe(`${p}-on`, errors.paidOn)}
        />
      </Field>
      <Field id={`${p}-fen`} label={t('plan.field.paidAmount')} error={errors.paidFen}>
        <input
          name="paidAmount"
          inputMode="decimal"
          value={amount}
          onInput={(e) => setAmount(e.currentTarget.value)}
          {...describe(`${p}-fen`, errors.paidFen)}
        />
      </Field>
      <Field id={`${p}-proof`} label={t('plan.field.proof')} error={errors.proofEvidenceId}>
        <select
          name="proof"
          value={proof}
          onChange={(e) => setProof(e.currentTarget.value)}
          {...describe(`${p}-proof`, errors.proofEvidenceId)}
        >
          <option value="">{t('plan.proofNone')}</option>
          {evidence.map((ev) => (
            <option key={ev.id} value={ev.id}>
              {ev.name}
            </option>
          ))}
        </select>
      </Field>
      <ErrorMessage error={general} />
      <button type="submit">{t('plan.savePaid')}</button>
      <button type="button" class="secondary" onClick={onDone}>
        {t('action.cancel')}
      </button>
    </form>
  );
}
