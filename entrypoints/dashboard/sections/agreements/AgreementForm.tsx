import { useState } from 'preact/hooks';
import { isReal } from '@/utils/domain/sample/separate';
import { rpc } from '@/utils/rpc/client';
import { t, getLocale } from '@/utils/i18n/translate';
import { ErrorMessage } from '@/components/ErrorMessage';
import { useLive } from '@/components/useLive';
import { useRequestKey } from '@/components/useRequestKey';
import { customLenders } from '@/utils/db/queries/agreements';
import { LENDER_CATALOG, catalogLender } from '@/utils/data/lenders';
import {
  AGREEMENT_STATUSES,
  CREDIT_REPORT_PROMISES,
  LENDER_KINDS,
  NEGOTIATION_CHANNELS,
  type Agreement,
  type Lender,
} from '@/utils/model/records';
import { emptyForm, formFromAgreement, formToInput, type AgreementFormState } from '@/utils/domain/plan/agreement-form';
import { CardPlanChecklist } from './CardPlanChecklist';
import { AgreementTruthFields } from './AgreementTruthFields';
import { describe, errorToFields, Field, issuesToErrors, type FieldErrors } from './ui';
import { todayIso } from '@/utils/domain/time/wall-clock';

interface Props {
  existing?: { agreement: Agreement; lender: Lender | undefined };
  onSaved: (a: Agreement) => void;
}

/** Create or edit an agreement. Every problem is shown at its field; nothing is saved until all are fixed. */
export function AgreementForm({ existing, onSaved }: Props) {
  const [f, setF] = useState<AgreementFormState>(() =>
    existing ? formFromAgreement(existing.agreement, existing.lender) : emptyForm(todayIso()),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [requestKey, renewKey] = useRequestKey();
  const custom = (useLive(() => customLenders(), []) ?? []).filter(isReal);
  const set = <K extends keyof AgreementFormState>(k: K, v: AgreementFormState[K]) => setF((old) => ({ ...old, [k]: v }));

  const kind = f.lender.startsWith('cat:')
    ? catalogLender(f.lender.slice(4))?.kind
    : f.lender.startsWith('id:')
      ? (custom.find((l) => l.id === f.lender.slice(3)) ?? existing?.lender)?.kind
      : f.lender === 'new'
        ? f.newLenderKind
        : undefined;

  async function submit(e: Event) {
    e.preventDefault();
    setGeneral(null);
    const { input, issues } = formToInput(f);
    setErrors(issuesToErrors(issues));
    if (!input) return;
    setBusy(true);
    try {
      const saved = existing
        ? await rpc('agreements.update', { id: existing.agreement.id, agreement: { ...input, kit: existing.agreement.kit } })
        : await rpc('agreements.add', { ...input, requestKey });
      if (!existing) renewKey();
      onSaved(saved);
    } catch (err) {
      const fields = errorToFields(err);
      if (fields) setErrors(fields);
      else setGeneral(err);
    } finally {
      setBusy(false);
    }
  }

  const text = (
    id: string,
    label: string,
    value: string,
    on: (v: string) => void,
    extra: { hint?: string; type?: string; inputMode?: 'decimal' } = {},
  ) => (
    <Field id={id} label={label} error={errors[id]} {...(extra.hint ? { hint: extra.hint } : {})}>
      <input
        name={id}
        type={extra.type ?? 'text'}
        inputMode={extra.inputMode}
        value={value}
        maxLength={200}
        onInput={(e) => on(e.currentTarget.value)}
        {...describe(id, errors[id], !!extra.hint)}
      />
    </Field>
  );
  const yuan = (id: string, label: string, key: 'owedBefore' | 'totalToRepay' | 'waivedInterest' | 'waivedPenalty' | 'waivedFees') =>
    text(id, label, f[key], (v) => set(key, v), { inputMode: 'decimal' });
  const hasErrors = Object.keys(errors).length > 0;

  return (
    <form class="ag-form" onSubmit={submit} noValidate aria-labelledby="ag-form-title">
      <h2 id="ag-form-title">{existing ? t('agreement.form.editTitle') : t('agreement.form.newTitle')}</h2>
      {hasErrors && (
        <p class="error" role="alert">
          {t('agreement.form.fixErrors')}
        </p>
      )}
      <Field id="lender" label={t('agreement.field.lender')} error={errors.lender}>
        <select
          name="lender"
          value={f.lender}
          onChange={(e) => set('lender', e.currentTarget.value)}
          {...describe('lender', errors.lender)}
        >
          <option value="" />
          {LENDER_CATALOG.map((l) => (
            <option key={l.catalogId} value={`cat:${l.catalogId}`}>
              {l.name[getLocale()]}
            </option>
          ))}
          {custom.map((l) => (
            <option key={l.id} value={`id:${l.id}`}>
              {l.name}
            </option>
          ))}
          <option value="new">{t('agreement.field.lenderOther')}</option>
        </select>
      </Field>
      {f.lender === 'new' && (
        <div class="ag-row">
          {text('lender.name', t('agreement.field.lenderName'), f.newLenderName, (v) => set('newLenderName', v))}
          <Field id="lender.kind" label={t('agreement.field.lenderKind')}>
            <select
              id="lender.kind"
              name="lender.kind"
              value={f.newLenderKind}
              onChange={(e) => set('newLenderKind', e.currentTarget.value as Lender['kind'])}
            >
              {LENDER_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`lender.kind.${k}`)}
                </option>
              ))}
            </select>
          </Field>
        </div>
      )}
      {f.lender.startsWith('cat:') && catalogLender(f.lender.slice(4))?.hotline && (
        <p class="muted">
          {t('lender.hotline.reported', {
            number: catalogLender(f.lender.slice(4))!.hotline!.number,
            date: catalogLender(f.lender.slice(4))!.hotline!.verifiedOn,
          })}
        </p>
      )}
      <div class="ag-row">
        {text('product', t('agreement.field.product'), f.product, (v) => set('product', v))}
        {text('accountRef', t('agreement.field.accountRef'), f.accountRef, (v) => set('accountRef', v), {
          hint: t('agreement.field.accountRefHint'),
        })}
      </div>
      <div class="ag-row">
        {text('negotiatedOn', t('agreement.field.negotiatedOn'), f.negotiatedOn, (v) => set('negotiatedOn', v), { type: 'date' })}
        <Field id="negotiatedVia" label={t('agreement.field.negotiatedVia')}>
          <select
            id="negotiatedVia"
            name="negotiatedVia"
            value={f.negotiatedVia}
            onChange={(e) => set('negotiatedVia', e.currentTarget.value as AgreementFormState['negotiatedVia'])}
          >
            {NEGOTIATION_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`agreement.via.${c}`)}
              </option>
            ))}
          </select>
        </Field>
        {text('lenderRef', t('agreement.field.lenderRef'), f.lenderRef, (v) => set('lenderRef', v))}
      </div>
      <AgreementTruthFields f={f} set={set} />
      <fieldset>
        <legend>{t('agreement.group.counterpart')}</legend>
        <div class="ag-row">
          {text('counterpart.name', t('agreement.field.counterpartName'), f.counterpart.name, (v) =>
            set('counterpart', { ...f.counterpart, name: v }),
          )}
          {text('counterpart.staffId', t('agreement.field.counterpartStaffId'), f.counterpart.staffId, (v) =>
            set('counterpart', { ...f.counterpart, staffId: v }),
          )}
          {text(
            'counterpart.phone',
            t('agreement.field.counterpartPhone'),
            f.counterpart.phone,
            (v) => set('counterpart', { ...f.counterpart, phone: v }),
            { type: 'tel' },
          )}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('agreement.group.terms')}</legend>
        <div class="ag-row">
          {yuan('terms.owedBeforeFen', t('agreement.field.owedBefore'), 'owedBefore')}
          {yuan('terms.totalToRepayFen', t('agreement.field.totalToRepay'), 'totalToRepay')}
        </div>
        <div class="ag-row">
          {yuan('terms.waivedInterestFen', t('agreement.field.waivedInterest'), 'waivedInterest')}
          {yuan('terms.waivedPenaltyFen', t('agreement.field.waivedPenalty'), 'waivedPenalty')}
          {yuan('terms.waivedFeesFen', t('agreement.field.waivedFees'), 'waivedFees')}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('agreement.group.promises')}</legend>
        {(['stopCollection', 'noThirdPartyContact', 'noNewPenalties'] as const).map((p) => (
          <label key={p} class="ag-check">
            <input
              type="checkbox"
              name={`promises.${p}`}
              checked={f.promises[p]}
              onChange={(e) => set('promises', { ...f.promises, [p]: e.currentTarget.checked })}
            />
            {t(`agreement.promise.${p}`)}
          </label>
        ))}
        <Field id="promises.creditReport" label={t('agreement.field.creditReport')}>
          <select
            id="promises.creditReport"
            name="promises.creditReport"
            value={f.promises.creditReport}
            onChange={(e) =>
              set('promises', { ...f.promises, creditReport: e.currentTarget.value as AgreementFormState['promises']['creditReport'] })
            }
          >
            {CREDIT_REPORT_PROMISES.map((c) => (
              <option key={c} value={c}>
                {t(`agreement.credit.${c}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="promises.other" label={t('agreement.field.promiseOther')}>
          <textarea
            id="promises.other"
            name="promises.other"
            rows={2}
            value={f.promises.other}
            onInput={(e) => set('promises', { ...f.promises, other: e.currentTarget.value })}
          />
        </Field>
      </fieldset>
      {kind === 'bank-card' && <CardPlanChecklist value={f.cardPlanItems} onChange={(v) => set('cardPlanItems', v)} />}
      <Field id="status" label={t('agreement.field.status')}>
        <select
          id="status"
          name="status"
          value={f.status}
          onChange={(e) => set('status', e.currentTarget.value as AgreementFormState['status'])}
        >
          {AGREEMENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`agreement.status.${s}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="notes" label={t('agreement.field.notes')}>
        <textarea id="notes" name="notes" rows={3} value={f.notes} onInput={(e) => set('notes', e.currentTarget.value)} />
      </Field>
      <ErrorMessage error={general} />
      <button type="submit" disabled={busy}>
        {busy ? t('saving') : t('agreement.form.create')}
      </button>
    </form>
  );
}
