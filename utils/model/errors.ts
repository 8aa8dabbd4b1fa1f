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
