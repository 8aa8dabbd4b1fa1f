import { describe, expect, it } from 'vitest';
import { contract } from '@/utils/rpc/contract';
import { handlers } from '@/utils/rpc/handlers';
import { createRouter, type Handler } from '@/utils/rpc/router';
import { ENVELOPE_TAG } from '@/utils/rpc/envelope';
import type { NgDatabase } from '@/utils/db/schema';
import { WRITE_KEY_TTL_MS } from '@/utils/db/repos/write-keys';
import { emptyDraft, draftToAddInput, draftToInput } from '@/entrypoints/popup/quick-log/draft';
import { freshDb, testContext } from '../helpers/db';

// Issue 19 item 4: the worker may die after an add committed and before its
// reply; the page retries with the same key and must get the stored record,
// not a duplicate.

const route = createRouter(contract, handlers as unknown as Record<string, Handler>);
const NOW = Date.UTC(2026, 10, 22, 4, 0);
const call = (db: NgDatabase, method: string, input: unknown, now = NOW) =>
  route({ tag: ENVELOPE_TAG, method, input }, 'page', (c) => testContext(db, c, now));

const contact = { at: NOW - 1000, channel: 'call', summary: '催收员打来电话' };
const agreement = { lender: { name: '某平台', kind: 'platform' }, negotiatedOn: '2026-03-01', terms: { totalToRepayFen: 100_000 } };

describe('idempotent adds', () => {
  const cases: Array<[string, string, (db: NgDatabase) => Promise<unknown>, (db: NgDatabase) => Promise<number>]> = [
    ['contacts.add', 'contacts', async () => contact, (db) => db.contacts.count()],
    ['agreements.add', 'agreements', async () => agreement, (db) => db.agreements.count()],
    [
      'complaints.add',
      'complaints',
      async () => ({ channelId: 'nfra', status: 'draft', sections: { facts: '事实' } }),
      (db) => db.complaints.count(),
    ],
    ['complaints.addSite', 'userSites', async () => ({ url: 'https://help.example-lender.com/x' }), (db) => db.userSites.count()],
  ];
  for (const [method, , input, count] of cases) {
    it(`${method}: a retry with the same key returns the stored record and stores nothing new`, async () => {
      const db = await freshDb();
      const body = { ...((await input(db)) as object), requestKey: 'key-1' };
      const first = await call(db, method, body);
      expect(first.ok, JSON.stringify(first)).toBe(true);
      const again = await call(db, method, body, NOW + 5000);
      expect(again).toEqual(first);
      expect(await count(db)).toBe(1);
      if (method !== 'complaints.addSite') {
        const other = await call(db, method, { ...body, requestKey: 'key-2' });
        expect(other.ok).toBe(true);
        expect(await count(db)).toBe(2);
      }
    });
  }

  it('without a key every add stores a record (as before)', async () => {
    const db = await freshDb();
    await call(db, 'contacts.add', contact);
    await call(db, 'contacts.add', contact);
    expect(await db.contacts.count()).toBe(2);
  });

  it('a refused add records no key, so a corrected retry with it is stored', async () => {
    const db = await freshDb();
    const bad = await call(db, 'contacts.add', { ...contact, summary: '', requestKey: 'k' });
    expect(bad.ok).toBe(false);
    expect(await db.writeKeys.count()).toBe(0);
    expect((await call(db, 'contacts.add', { ...contact, requestKey: 'k' })).ok).toBe(true);
  });

  it('a key used for one kind of record cannot return another', async () => {
    const db = await freshDb();
    await call(db, 'contacts.add', { ...contact, requestKey: 'k' });
    const res = await call(db, 'agreements.add', { ...agreement, requestKey: 'k' });
    expect(res.ok).toBe(false);
    expect(await db.agreements.count()).toBe(0);
  });

  it('says so when the record was saved and deleted since', async () => {
    const db = await freshDb();
    const first = await call(db, 'contacts.add', { ...contact, requestKey: 'k' });
    await call(db, 'contacts.delete', { id: (first as { value: { id: string } }).value.id });
    const res = await call(db, 'contacts.add', { ...contact, requestKey: 'k' });
    expect(res).toMatchObject({ ok: false, error: { code: 'conflict', messageKey: 'hardening.write.deletedSince' } });
    expect(await db.contacts.count()).toBe(0);
  });

  it('forgets keys after a week', async () => {
    const db = await freshDb();
    await call(db, 'contacts.add', { ...contact, requestKey: 'old' });
    await call(db, 'contacts.add', { ...contact, requestKey: 'new' }, NOW + WRITE_KEY_TTL_MS + 1);
    expect((await db.writeKeys.toArray()).map((k) => k.key)).toEqual(['new']);
  });

  it('the popup keeps the key with its draft and sends it', () => {
    const d = emptyDraft('2026-11-22T12:00');
    expect(d.requestKey).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(emptyDraft('2026-11-22T12:00').requestKey).not.toBe(d.requestKey);
    expect(draftToAddInput({ ...d, summary: 'x' }, NOW).requestKey).toBe(d.requestKey);
    expect('requestKey' in draftToInput(d, NOW)).toBe(false);
  });
});
