// Errors that cross the RPC boundary. `code` is stable for programs; `messageKey`
// names an i18n string the UI shows; `field` points at the form field at fault.
export type AppErrorCode =
  | 'unknown-method'
  | 'invalid-input'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'quota'
  /** The background stopped before answering: the write may or may not have happened. */
  | 'no-reply'
  /** A file the user chose changed or moved after it was read. */
  | 'file-changed'
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

type Nested = { name?: string; message?: string; inner?: unknown; cause?: unknown } | undefined;

/** The names of an error and of the errors it wraps (Dexie nests an AbortError around the cause, sometimes twice). */
function errorNames(err: unknown): string[] {
  const names: string[] = [];
  for (let e = err as Nested, depth = 0; e && typeof e === 'object' && depth < 6; e = (e.inner ?? e.cause) as Nested, depth += 1) {
    if (typeof e.name === 'string') names.push(e.name);
  }
  return names;
}

/**
 * A browser or Dexie error as an AppError: a full disk and a file that changed
 * after it was chosen get their own message (what to do), anything else the
 * generic one.
 */
export function toAppErrorData(err: unknown): AppErrorData {
  const names = errorNames(err);
  if (names.includes('QuotaExceededError')) {
    return { code: 'quota', messageKey: 'error.quota', message: 'storage is full; nothing was saved' };
  }
  if (names.includes('NotReadableError') || names.includes('NotFoundError')) {
    return { code: 'file-changed', messageKey: 'hardening.error.fileChanged', message: 'the file changed or moved after it was chosen' };
  }
  const e = err as Nested;
  return { code: 'internal', messageKey: 'error.internal', message: e?.message ?? String(err) };
}
