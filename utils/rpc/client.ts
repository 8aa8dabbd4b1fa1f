import { browser } from 'wxt/browser';
import { AppError } from '../model/errors';
import type { RawInputOf, OutputOf } from './define';
import type { Contract, MethodName } from './contract';
import { ENVELOPE_TAG, type Response } from './envelope';

/** Sends one request; the transport is swappable so tests can call the router directly. */
export type Transport = (request: unknown) => Promise<Response>;

const runtimeTransport: Transport = async (request) => {
  const res = (await browser.runtime.sendMessage(request)) as Response | undefined;
  // No answer means the background did not recognise the request at all.
  return res ?? { ok: false, error: { code: 'internal', message: 'no answer from the background' } };
};

export function createClient(transport: Transport = runtimeTransport) {
  return async function call<K extends MethodName>(name: K, input: RawInputOf<Contract[K]>): Promise<OutputOf<Contract[K]>> {
    let res: Response;
    try {
      res = await transport({ tag: ENVELOPE_TAG, method: name, input });
    } catch (err) {
      // The background was stopped (or crashed) after receiving the request:
      // it may have committed. Say so honestly; with an idempotency key a
      // retry cannot duplicate (utils/db/repos/write-keys.ts).
      const keyed = typeof input === 'object' && input !== null && typeof (input as { requestKey?: unknown }).requestKey === 'string';
      throw new AppError({
        code: 'no-reply',
        messageKey: keyed ? 'hardening.error.noReplyKeyed' : 'hardening.error.noReply',
        message: `no reply from the background: ${err instanceof Error ? err.message : String(err)}`,
      });
    }
    if (!res.ok) throw new AppError(res.error);
    return res.value as OutputOf<Contract[K]>;
  };
}

export const rpc = createClient();
