import { describe, expect, it } from 'vitest';
import { contract } from '@/utils/rpc/contract';
import { handlers } from '@/utils/rpc/handlers';
import { createRouter, type Handler } from '@/utils/rpc/router';
import { ENVELOPE_TAG } from '@/utils/rpc/envelope';
import type { Caller } from '@/utils/rpc/define';
import { freshDb, snapshot, testContext } from '../helpers/db';

const route = createRouter(contract, handlers as unknown as Record<string, Handler>);
const NOW = Date.UTC(2026, 10, 22, 4, 0);

async function call(method: string, input: unknown, caller: Caller | null = 'page') {
  const db = await freshDb();
  const before = await snapshot(db);
  const res = await route({ tag: ENVELOPE_TAG, method, input }, caller, (c) => testContext(db, c, NOW));
  return { res, db, before };
}

const goodContact = { at: NOW - 1000, channel: 'call', summary: '催收员打来电话' };

describe('RPC router', () => {
  it('serves a valid call from an extension page', async () => {
    const { res, db } = await call('contacts.add', goodContact);
    expect(res.ok).toBe(true);
    expect(await db.contacts.count()).toBe(1);
  });

  it.each([
    ['unknown method', 'contacts.nuke', goodContact, 'unknown-method'],
    ['prototype name as method', '__proto__', goodContact, 'unknown-method'],
    ['constructor as method', 'constructor', goodContact, 'unknown-method'],
    ['wrong type', 'contacts.add', { ...goodContact, at: '2026-11-22' }, 'invalid-input'],
    ['missing field', 'contacts.add', { channel: 'call', summary: 'x' }, 'invalid-input'],
    ['NaN time', 'contacts.add', { ...goodContact, at: Number.NaN }, 'invalid-input'],
    ['year 10000', 'contacts.add', { ...goodContact, at: Date.UTC(10000, 0, 1) }, 'invalid-input'],
    ['oversized summary', 'contacts.add', { ...goodContact, summary: '催'.repeat(20_001) }, 'invalid-input'],
    ['oversized name', 'contacts.add', { ...goodContact, person: { name: 'x'.repeat(201) } }, 'invalid-input'],
    ['unknown enum', 'contacts.add', { ...goodContact, channel: 'pigeon' }, 'invalid-input'],
    ['extra key', 'contacts.add', { ...goodContact, admin: true }, 'invalid-input'],
    [
      '__proto__ key',
      'contacts.add',
      JSON.parse(`{"at":${NOW - 1000},"channel":"call","summary":"x","__proto__":{"polluted":1}}`),
      'invalid-input',
    ],
    ['constructor key', 'contacts.add', { ...goodContact, constructor: { prototype: { polluted: 1 } } }, 'invalid-input'],
    ['null input', 'contacts.add', null, 'invalid-input'],
    ['array input', 'contacts.add', [goodContact], 'invalid-input'],
    ['bad limit', 'contacts.recent', { limit: 1e9 }, 'invalid-input'],
  ])('refuses %s with a clear error and changes nothing', async (_name, method, input, code) => {
    const { res, db, before } = await call(method, input);
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.code).toBe(code);
      expect(res.error.message.length).toBeGreaterThan(5);
    }
    expect(await snapshot(db)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses messages that are not RPC requests', async () => {
    const db = await freshDb();
    const res = await route({ method: 'contacts.add', input: goodContact }, 'page', (c) => testContext(db, c));
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('refuses page-only methods from a content script and from the panel frame', async () => {
    for (const caller of ['content', 'panel'] as const) {
      for (const method of ['contacts.add', 'contacts.recent', 'contacts.delete']) {
        const input = method === 'contacts.recent' ? { limit: 5 } : method === 'contacts.delete' ? { id: 'x' } : goodContact;
        const { res, db, before } = await call(method, input, caller);
        expect(res).toMatchObject({ ok: false, error: { code: 'forbidden' } });
        expect(await snapshot(db)).toEqual(before);
      }
    }
  });

  it('refuses an unknown sender entirely', async () => {
    const { res } = await call('panel.summary', { channelId: 'nfra' }, null);
    expect(res).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('lets the panel read its summary', async () => {
    const { res } = await call('panel.summary', { channelId: 'nfra' }, 'panel');
    expect(res).toEqual({ ok: true, value: { contactCount: 0 } });
  });

  it('turns repository refusals into errors with a message key', async () => {
    const { res, db } = await call('contacts.add', { ...goodContact, at: NOW + 86_400_000 });
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'at', messageKey: 'contact.error.future' } });
    expect(await db.contacts.count()).toBe(0);
  });

  it('has a handler for every method and no handler without a method', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(contract).sort());
  });
});
