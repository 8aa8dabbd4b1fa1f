import { t } from '@/utils/i18n/translate';
import { JURISDICTIONS, type Jurisdiction } from '@/utils/model/records';
import type { AgreementFormState } from '@/utils/domain/plan/agreement-form';

interface Props {
  f: AgreementFormState;
  set: <K extends keyof AgreementFormState>(k: K, v: AgreementFormState[K]) => void;
}

/**
 * How the agreement was made (signed or not: only a signed bank credit-card
 * plan obliges the bank to stop collecting) and which jurisdiction's rules
 * apply to it when it differs from the user's own.
 */
export function AgreementTruthFields({ f, set }: Props) {
  return (
    <div class="ag-row">
      <label>
        <input
          type="checkbox"
          name="signed"
          checked={f.signed}
          onChange={(e) => set('signed', e.currentTarget.checked)}
          aria-describedby="ag-signed-hint"
        />{' '}
        {t('agreement.signed')}
      </label>
      <p id="ag-signed-hint" class="muted">
        {t('agreement.signedHint')}
      </p>
      <label>
        {t('jurisdiction.agreement')}
        <select
          name="jurisdiction"
          value={f.jurisdiction}
          onChange={(e) => set('jurisdiction', e.currentTarget.value as '' | Jurisdiction)}
        >
          <option value="">{t('jurisdiction.agreementDefault')}</option>
          {JURISDICTIONS.map((j) => (
            <option key={j} value={j}>
              {t(`jurisdiction.${j}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
