import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n/translate';
import { rpc } from '@/utils/rpc/client';
import { ErrorMessage } from '@/components/ErrorMessage';
import type { Agreement, Installment } from '@/utils/model/records';
import { buildSchedule, FREQUENCIES, type Frequency } from '@/utils/domain/plan/schedule';
import { validatePlanRows, validateScheduleRequest, type PlanIssue } from '@/utils/domain/plan/validate';
import { fenToYuanText, parseYuan } from '@/utils/domain/plan/money-input';
import { addMonthsClamped } from '@/utils/domain/plan/iso-date';
import { describe, errorToFields, Field, issuesToErrors, money, type FieldErrors } from './ui';

interface Row {
  id?: string;
  dueDate: string;
  amount: string;
  paid: boolean;
}

const toRows = (list: Installment[]): Row[] =>
  list.map((i) => ({ id: i.id, dueDate: i.dueDate, amount: fenToYuanText(i.amountFen), paid: i.paidOn !== undefined }));

/** Build a schedule from the total, or edit instalments one by one; saved only when it adds up. */
export function PlanEditor({
  agreement,
  installments,
  onSaved,
}: {
  agreement: Agreement;
  installments: Installment[];
  onSaved: () => void;
}) {
  const [total, setTotal] = useState(fenToYuanText(agreement.terms.totalToRepayFen));
  const [count, setCount] = useState('6');
  const [firstDue, setFirstDue] = useState(addMonthsClamped(agreement.negotiatedOn, 1));
  const [frequency, setFrequency] = useState<Frequency>('monthly');
  const [rows, setRows] = useState<Row[]>(() => toRows(installments));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  function build(e: Event) {
    e.preventDefault();
    const totalFen = parseYuan(total);
    if (totalFen === undefined) return setErrors({ totalFen: t('plan.error.yuan') });
    // Paid instalments stay; the rest of the total is spread over the new ones.
    const paid = rows.filter((r) => r.paid);
    const paidFen = paid.reduce((s, r) => s + (parseYuan(r.amount) ?? 0), 0);
    const req = { totalFen: totalFen - paidFen, count: Number(count), firstDue, frequency };
    const issues = validateScheduleRequest(req, agreement.negotiatedOn);
    setErrors(issuesToErrors(issues));
    if (issues.length) return;
    setRows([...paid, ...buildSchedule(req).map((p) => ({ dueDate: p.dueDate, amount: fenToYuanText(p.amountFen), paid: false }))]);
    setSaved(false);
  }

  async function save() {
    setGeneral(null);
    setSaved(false);
    const totalFen = parseYuan(total);
    const issues: PlanIssue[] = [];
    if (totalFen === undefined || totalFen <= 0)
      issues.push({ field: 'totalFen', key: totalFen === undefined ? 'plan.error.yuan' : 'plan.error.amountPositive' });
    const parsed = rows.map((r, k) => {
      const fen = parseYuan(r.amount);
      if (fen === undefined) issues.push({ field: `rows.${k}.amountFen`, key: 'plan.error.yuan' });
      return { ...(r.id ? { id: r.id } : {}), dueDate: r.dueDate, amountFen: fen ?? 0 };
    });
    if (!issues.length) issues.push(...validatePlanRows(parsed, totalFen!, agreement.negotiatedOn));
    setErrors(issuesToErrors(issues));
    if (issues.length) return;
    try {
      await rpc('installments.savePlan', { agreementId: agreement.id, totalFen: totalFen!, rows: parsed });
      setSaved(true);
      onSaved();
    } catch (err) {
      const fields = errorToFields(err);
      if (fields) setErrors(fields);
      else setGeneral(err);
    }
  }

  const update = (k: number, patch: Partial<Row>) => setRows((rs) => rs.map((r, i) => (i === k ? { ...r, ...patch } : r)));
  const sumFen = rows.reduce((s, r) => s + (parseYuan(r.amount) ?? 0), 0);

  return (
    <section aria-labelledby="plan-editor-title">
      <h3 id="plan-editor-title">{t('plan.editor.title')}</h3>
      <form class="ag-form" onSubmit={build} noValidate aria-labelledby="plan-builder-title">
        <h4 id="plan-builder-title">{t('plan.builder.title')}</h4>
        <p class="muted">
          {t('plan.builder.hint')} {rows.length > 0 && t('plan.builder.replaceWarning')}
        </p>
        <div class="ag-row">
          <Field id="totalFen" label={t('plan.field.total')} error={errors.totalFen}>
            <input
              name="total"
              inputMode="decimal"
              value={total}
              onInput={(e) => setTotal(e.currentTarget.value)}
              {...describe('totalFen', errors.totalFen)}
            />
          </Field>
          <Field id="count" label={t('plan.field.count')} error={errors.count}>
            <input
              name="count"
              type="number"
              min={1}
              max={600}
              value={count}
              onInput={(e) => setCount(e.currentTarget.value)}
              {...describe('count', errors.count)}
            />
          </Field>
          <Field id="firstDue" label={t('plan.field.firstDue')} error={errors.firstDue}>
            <input
              name="firstDue"
              type="date"
              value={firstDue}
              onInput={(e) => setFirstDue(e.currentTarget.value)}
              {...describe('firstDue', errors.firstDue)}
            />
          </Field>
          <Field id="frequency" label={t('plan.field.frequency')}>
            <select id="frequency" name="frequency" value={frequency} onChange={(e) => setFrequency(e.currentTarget.value as Frequency)}>
              {FREQUENCIES.map((f) => (
                <option key={f} value={f}>
                  {t(`plan.freq.${f}`)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <button type="submit" class="secondary">
          {t('plan.builder.build')}
        </button>
      </form>

      <h4>{t('plan.editor.rows')}</h4>
      {errors.rows && (
        <p class="error" role="alert" id="rows-error">
          {errors.rows}
        </p>
      )}
      <ol class="ag-plain ag-rows" data-testid="plan-rows">
        {rows.map((r, k) => (
          <li key={r.id ?? `new-${k}`} class="ag-row">
            <Field id={`rows.${k}.dueDate`} label={t('plan.editor.dueLabel', { seq: k + 1 })} error={errors[`rows.${k}.dueDate`]}>
              <input
                type="date"
                value={r.dueDate}
                disabled={r.paid}
                onInput={(e) => update(k, { dueDate: e.currentTarget.value })}
                {...describe(`rows.${k}.dueDate`, errors[`rows.${k}.dueDate`])}
              />
            </Field>
            <Field id={`rows.${k}.amountFen`} label={t('plan.editor.amountLabel', { seq: k + 1 })} error={errors[`rows.${k}.amountFen`]}>
              <input
                inputMode="decimal"
                value={r.amount}
                disabled={r.paid}
                onInput={(e) => update(k, { amount: e.currentTarget.value })}
                {...describe(`rows.${k}.amountFen`, errors[`rows.${k}.amountFen`])}
              />
            </Field>
            {r.paid ? (
              <span class="muted">{t('plan.editor.paidLocked')}</span>
            ) : (
              <button type="button" class="secondary" onClick={() => setRows((rs) => rs.filter((_, i) => i !== k))}>
                {t('plan.editor.remove', { seq: k + 1 })}
              </button>
            )}
          </li>
        ))}
      </ol>
      <button
        type="button"
        class="secondary"
        onClick={() => setRows((rs) => [...rs, { dueDate: rs.at(-1)?.dueDate ?? firstDue, amount: '', paid: false }])}
      >
        {t('plan.editor.addRow')}
      </button>
      <p data-testid="plan-sum">{t('plan.editor.sum', { sum: money(sumFen), total: money(parseYuan(total) ?? 0) })}</p>
      <ErrorMessage error={general} />
      <button type="button" onClick={save} data-testid="save-plan">
        {t('plan.editor.save')}
      </button>
      {saved && (
        <p class="ok" role="status">
          {t('plan.editor.saved')}
        </p>
      )}
    </section>
  );
}
