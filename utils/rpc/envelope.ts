import type { AppErrorData } from '../model/errors';

// The wire format. `ng` tags our messages so the router ignores anyone else's.
export const ENVELOPE_TAG = 'ng-rpc-1';

export interface Request {
  tag: typeof ENVELOPE_TAG;
  method: string;
  input: unknown;
}

export type Response<T = unknown> = { ok: true; value: T } | { ok: false; error: AppErrorData };

export function isRequest(msg: unknown): msg is Request {
  return typeof msg === 'object' && msg !== null && (msg as { tag?: unknown }).tag === ENVELOPE_TAG;
}
