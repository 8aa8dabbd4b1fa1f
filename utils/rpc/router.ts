import * as v from 'valibot';
import { AppError, toAppErrorData, type AppErrorData } from '../model/errors';
import type { Caller, MethodSpec } from './define';
import { isRequest, type Response } from './envelope';
import type { RpcContext } from './context';

export type Handler = (input: never, ctx: RpcContext) => Promise<unknown>;
type Contract = Record<string, MethodSpec>;

function fail(data: AppErrorData): Response {
  return { ok: false, error: data };
}

function describeIssues(issues: readonly v.BaseIssue<unknown>[]): { message: string; field?: string } {
  const first = issues[0];
  const path = first?.path?.map((p) => String(p.key)).join('.') ?? '';
  return { message: `${path ? path + ': ' : ''}${first?.message ?? 'invalid input'}`, ...(path ? { field: path } : {}) };
}

/**
 * Builds the background's single message handler. Order matters: the method
 * must exist, the caller must be allowed, and the input must validate before
 * any handler (and so the database) is reached.
 */
export function createRouter(contract: Contract, handlers: Record<string, Handler>) {
  return async function route(message: unknown, caller: Caller | null, makeContext: (caller: Caller) => RpcContext): Promise<Response> {
    if (!isRequest(message) || typeof message.method !== 'string') {
      return fail({ code: 'invalid-input', message: 'not an RPC request' });
    }
    // Object.hasOwn: "__proto__", "constructor" or "toString" are not methods.
    if (!Object.hasOwn(contract, message.method) || !Object.hasOwn(handlers, message.method)) {
      return fail({ code: 'unknown-method', message: `unknown method "${message.method.slice(0, 80)}"` });
    }
    const spec = contract[message.method]!;
    if (caller === null || !spec.callers.includes(caller)) {
      return fail({ code: 'forbidden', message: `${caller ?? 'this sender'} may not call ${message.method}` });
    }
    const parsed = v.safeParse(spec.input, message.input);
    if (!parsed.success) {
      const { message: text, field } = describeIssues(parsed.issues);
      return fail({ code: 'invalid-input', messageKey: 'error.invalidInput', message: text, ...(field ? { field } : {}) });
    }
    try {
      const value = await handlers[message.method]!(parsed.output as never, makeContext(caller));
      return { ok: true, value };
    } catch (err) {
      if (err instanceof AppError) return fail(err.data);
      return fail(toAppErrorData(err));
    }
  };
}
