import { AppError } from '@/utils/db/errors';
import { t } from '@/utils/i18n/translate';
import type { MessageKey } from '@/utils/i18n/messages';
import { messages } from '@/utils/i18n/messages';
import { getLocale } from '@/utils/i18n/translate';

/** Turns any error into a sentence in the user's language (never a stack trace). */
export function errorText(error: unknown): string {
  if (error instanceof AppError) {
    const key = error.data.messageKey;
    if (key && key in messages[getLocale()]) {
      return t(key as MessageKey, { detail: error.data.message, ...(error.data.params ?? {}) });
    }
    return t('error.invalidInput', { detail: error.data.message });
  }
  return t('error.internal');
}

export function ErrorMessage({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <p class="error" role="alert">
      {errorText(error)}
    </p>
  );
}
