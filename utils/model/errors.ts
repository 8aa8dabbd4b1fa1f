// Errors that cross the RPC boundary. `code` is stable for programs; `messageKey`
// names an i18n string the UI shows; `field` points at the form field at fault.
export type AppErrorCode =
  | 'unknown-method'
  | 'invalid-input'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'quota'
  | 'internal';

export interface AppErrorData {
  code: AppErrorCode;
  message: string;
  messageKey?: string;
  field?: string;
  params?: Record<string, string | number>;
}

export class AppError extends Error {
  constructor(readonly data: AppErrorData) {
    super(data.message);
    this.name = 'AppError';
  }
}

export function invalid(field: string, messageKey: string, message: string, params?: AppErrorData['params']): AppError {
  return new AppError({ code: 'invalid-input', field, messageKey, message, ...(params ? { params } : {}) });
}

export function notFound(what: string, idValue: string): AppError {
  return new AppError({ code: 'not-found', messageKey: 'error.notFound', message: `${what} ${idValue} does not exist` });
}

/** Dexie wraps quota errors in an AbortError; look at the inner error too. */
export function toAppErrorData(err: unknown): AppErrorData {
  const e = err as { name?: string; message?: string; inner?: { name?: string } } | undefined;
  if (e?.name === 'QuotaExceededError' || e?.inner?.name === 'QuotaExceededError') {
    return { code: 'quota', messageKey: 'error.quota', message: 'storage is full; nothing was saved' };
  }
  return { code: 'internal', messageKey: 'error.internal', message: e?.message ?? String(err) };
}
