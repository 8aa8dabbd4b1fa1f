import { AppError } from '@/utils/model/errors';
import { contactProblems } from '@/utils/domain/contacts/contact-problems';
import { t } from '@/utils/i18n/translate';
import { errorText } from '@/components/ErrorMessage';
import type { FieldErrors } from './ContactFields';

/** Problems found before sending, as messages at their fields. */
export function precheck(input: { at: number; summary: string; flags: readonly string[]; channel?: string }, now: number): FieldErrors {
  const out: FieldErrors = {};
  for (const p of contactProblems(input, now)) out[p.field] ??= t(p.messageKey);
  return out;
}

/** An error from the background, placed at the field it names (or shown for the whole form). */
export function errorsFromRpc(err: unknown): FieldErrors {
  const field = err instanceof AppError ? err.data.field : undefined;
  const text = errorText(err);
  if (field === 'at' || field === 'summary' || field === 'lenderId') return { [field]: text };
  return { other: text };
}
