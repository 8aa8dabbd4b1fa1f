import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { sendEarly, takeEarly } from '@/utils/rpc/early';
import { ENVELOPE_TAG } from '@/utils/rpc/envelope';

// A page's first module sends its first requests (utils/rpc/early.ts); the
// page takes each answer once, later. The transport is the runtime message:
// the background is played by a spy that answers every request in turn.

function background(answers: unknown[]) {
  let n = 0;
  return vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async () => ({ ok: true, value: answers[n++] }) as never);
}
afterEach(() => vi.restoreAllMocks());

describe('requests sent early', () => {
  it('are sent at once and taken once: a second take asks the background again', async () => {
    const send = background(['first', 'second']);
    sendEarly('findings.snapshot', {});
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith({ tag: ENVELOPE_TAG, method: 'findings.snapshot', input: {} });
    await expect(takeEarly('findings.snapshot', {})).resolves.toBe('first');
    expect(send).toHaveBeenCalledTimes(1);
    await expect(takeEarly('findings.snapshot', {})).resolves.toBe('second');
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('are not taken with other input: that request is sent as asked', async () => {
    const send = background(['early', 'asked']);
    sendEarly('panel.overview', {});
    await expect(takeEarly('panel.overview', { extra: 1 } as never)).resolves.toBe('asked');
    expect(send).toHaveBeenLastCalledWith({ tag: ENVELOPE_TAG, method: 'panel.overview', input: { extra: 1 } });
    // The early one was dropped with the take: it is never handed out later.
    await expect(takeEarly('panel.overview', {})).resolves.toBe(undefined);
  });

  it('pass a failure to whoever takes them, and one never taken is no unhandled rejection', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(new Error('worker stopped'));
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      sendEarly('contacts.popupFirst', {});
      await expect(takeEarly('contacts.popupFirst', {})).rejects.toMatchObject({ data: { code: 'no-reply' } });
      sendEarly('findings.snapshot', {});
      await new Promise((r) => setTimeout(r, 10));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
      takeEarly('findings.snapshot', {}).catch(() => undefined);
    }
  });
});
