import { AppError, toAppErrorData } from '@/utils/model/errors';
import { isMessageKey, t } from '@/utils/i18n/translate';
import type { MessageKey } from '@/utils/i18n/messages';

/** The name of a field in the user's language, from the last part of its path; undefined when not known. */
export function fieldLabel(path: string | undefined): string | undefined {
  const last = path?.split('.').pop() ?? '';
  const key: MessageKey | undefined =
    last === 'at'
      ? 'field.at'
      : last === 'lenderId' || last === 'lender'
        ? 'field.lender'
        : last === 'agreementId'
          ? 'field.agreement'
          : last === 'file' || last === 'blob'
            ? 'field.file'
            : last === 'name'
              ? 'field.name'
              : last === 'phone'
                ? 'field.phone'
                : last === 'summary'
                  ? 'field.summary'
                  : last === 'url'
                    ? 'field.url'
                    : last === 'channel'
                      ? 'field.channel'
                      : /Fen$/.test(last)
                        ? 'field.amount'
                        : /(On|Date)$/.test(last)
                          ? 'field.date'
                          : undefined;
  return key && t(key);
}

const CODE_KEYS: Partial<Record<AppError['data']['code'], MessageKey>> = {
  forbidden: 'error.forbidden',
  'not-found': 'error.notFound',
  quota: 'error.quota',
  conflict: 'error.internal',
  internal: 'error.internal',
  'unknown-method': 'error.internal',
};

/**
 * Turns any error into a sentence in the user's language (never a stack trace).
 * The technical detail (valibot's English) is never shown: without a specific
 * message the user gets "please check the field X", or "please check the input".
 */
export function errorText(error: unknown): string {
  if (error instanceof AppError) {
    const key = error.data.messageKey;
    if (key && key !== 'error.invalidInput' && isMessageKey(key)) {
      return t(key, { detail: error.data.message, ...(error.data.params ?? {}) });
    }
    const byCode = CODE_KEYS[error.data.code];
    if (byCode) return t(byCode);
    const field = fieldLabel(error.data.field);
    return field ? t('error.checkField', { field }) : t('error.checkInput');
  }
  // A browser error raised in the page itself (a full disk, a changed file) still says which it is.
  if (error && typeof error === 'object') return errorText(new AppError(toAppErrorData(error)));
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
