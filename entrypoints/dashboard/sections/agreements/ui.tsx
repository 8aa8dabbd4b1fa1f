import type { ComponentChildren } from 'preact';
import { AppError } from '@/utils/model/errors';
import type { Lender } from '@/utils/model/records';
import { localLenderName } from '@/utils/i18n/lender-name';
import { formatMoney } from '@/utils/i18n/format';
import { getLocale, isMessageKey, t } from '@/utils/i18n/translate';
import type { PlanIssue } from '@/utils/domain/plan/validate';

export type FieldErrors = Record<string, string>;

export const money = (fen: number) => formatMoney(fen, getLocale());

/** Money-valued parameters arrive in fen; show them as money in the sentence. */
const MONEY_PARAMS = new Set(['sum', 'total', 'diff']);
function formatParams(params: Record<string, string | number> = {}): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) out[k] = MONEY_PARAMS.has(k) && typeof v === 'number' ? money(v) : v;
  return out;
}

export function issueText(key: string, params?: Record<string, string | number>, moneyMax = false): string {
  const p = formatParams(params);
  if (moneyMax && typeof params?.max === 'number') p.max = money(params.max);
  return isMessageKey(key) ? t(key, p) : key;
}

export function issuesToErrors(issues: readonly PlanIssue[]): FieldErrors {
  const out: FieldErrors = {};
  for (const i of issues) out[i.field] ??= issueText(i.key, i.params, i.key === 'plan.error.overpaidMax');
  return out;
}

/** An RPC failure that names a field becomes that field's message; others stay general. */
export function errorToFields(err: unknown): FieldErrors | undefined {
  if (!(err instanceof AppError) || !err.data.field || !err.data.messageKey || err.data.messageKey === 'error.invalidInput')
    return undefined;
  return { [err.data.field]: issueText(err.data.messageKey, err.data.params, err.data.messageKey === 'plan.error.overpaidMax') };
}

export function lenderName(lender: Pick<Lender, 'name' | 'catalogId'> | undefined): string {
  return localLenderName(lender, getLocale());
}

/** A labelled control with its error under it, tied together for screen readers. */
export function Field(props: { id: string; label: string; error?: string | undefined; hint?: string; children: ComponentChildren }) {
  return (
    <div class="ag-field" data-field={props.id}>
      <label for={props.id}>{props.label}</label>
      {props.children}
      {props.hint && (
        <small id={`${props.id}-hint`} class="muted">
          {props.hint}
        </small>
      )}
      {props.error && (
        <p id={`${props.id}-error`} class="error" role="alert">
          {props.error}
        </p>
      )}
    </div>
  );
}

/** aria attributes for a control inside Field. */
export function describe(id: string, error?: string, hint?: boolean) {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': ids || undefined };
}
