import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb, snapshot, testContext } from '../helpers/db';
import type { NgDatabase } from '@/utils/db/schema';
import { countSample, loadSample, removeSample } from '@/utils/db/repos/sample';
import { addContact } from '@/utils/db/repos/contacts';
import { addAgreement } from '@/utils/db/repos/agreements';
import { savePlan } from '@/utils/db/repos/installments';
import { createRouter, type Handler } from '@/utils/rpc/router';
import { contract } from '@/utils/rpc/contract';
import { handlers } from '@/utils/rpc/handlers';
import { ENVELOPE_TAG } from '@/utils/rpc/envelope';

const NOW = Date.UTC(2026, 10, 22, 4, 0);
let db: NgDatabase;
beforeEach(async () => {
  db = await freshDb();
});

describe('sample repository', () => {
  it('loads the dataset into every table in one go, and loading twice does not duplicate', async () => {
    const counts = await loadSample(db, 'zh-CN', NOW, 480);
    expect(counts).toEqual({ lenders: 1, agreements: 1, installments: 6, contacts: 9, complaints: 1 });
    await loadSample(db, 'en', NOW, 480);
    expect(await db.contacts.count()).toBe(9);
    expect(await countSample(db)).toBe(18);
    expect((await db.lenders.toArray())[0]!.name).toMatch(/^\[Sample\]/);
  });

  it("removes only sample records and unlinks the user's own records from them", async () => {
    const mine = await addContact(db, { at: NOW - 60_000, channel: 'call', summary: '我自己的记录' }, NOW);
    await loadSample(db, 'zh-CN', NOW, 480);
    // Links made before real records were kept apart from samples (or restored from an older backup):
    // the repositories refuse them now, so the test writes them directly.
    const linked = await addContact(db, { at: NOW - 30_000, channel: 'sms', summary: 'linked to the sample agreement' }, NOW);
    await db.contacts.update(linked.id, { lenderId: 'sample-lender-1', agreementId: 'sample-agreement-1' });
    const out = await removeSample(db);
    expect(out.removed).toBe(18);
    expect(await countSample(db)).toBe(0);
    const left = await db.contacts.toArray();
    expect(left.map((c) => c.id).sort()).toEqual([mine.id, linked.id].sort());
    const after = left.find((c) => c.id === linked.id)!;
    expect(after.lenderId).toBeUndefined();
    expect(after.agreementId).toBeUndefined();
    expect(await db.lenders.count()).toBe(0);
    expect(await db.installments.count()).toBe(0);
  });

  it("keeps the user's own agreement on a sample lender whole, and drops instalments added to a sample plan", async () => {
    await loadSample(db, 'zh-CN', NOW, 480);
    // An agreement on a sample lender from before the two were kept apart (the repository refuses it now).
    const mine = await addAgreement(
      db,
      {
        lender: { name: '临时', kind: 'platform' },
        negotiatedOn: '2026-11-20',
        terms: { owedBeforeFen: 700_000, totalToRepayFen: 500_000 },
      },
      NOW,
    );
    await db.agreements.update(mine.id, { lenderId: 'sample-lender-1' });
    await db.lenders.where('name').equals('临时').delete();
    await savePlan(db, { agreementId: mine.id, rows: [{ dueDate: '2026-12-20', amountFen: 500_000 }] }, NOW);
    // A row added to the sample plan gets an ordinary id.
    const samplePlan = await db.installments.where('agreementId').equals('sample-agreement-1').toArray();
    await savePlan(
      db,
      {
        agreementId: 'sample-agreement-1',
        rows: [
          ...samplePlan.map((i) => ({ id: i.id, dueDate: i.dueDate, amountFen: i.amountFen })),
          { dueDate: '2027-12-01', amountFen: 100 },
        ],
        totalFen: samplePlan.reduce((a, i) => a + i.amountFen, 100),
      },
      NOW,
    );
    await removeSample(db);
    const kept = (await db.agreements.get(mine.id))!;
    const lender = await db.lenders.get(kept.lenderId);
    expect(lender).toBeDefined();
    expect(kept.lenderId.startsWith('sample-')).toBe(false);
    expect(await db.installments.where('agreementId').equals(mine.id).count()).toBe(1);
    const agreements = new Set((await db.agreements.toArray()).map((a) => a.id));
    for (const i of await db.installments.toArray()) expect(agreements.has(i.agreementId), i.id).toBe(true);
    // Loading again works (the sample lender id is free).
    await expect(loadSample(db, 'en', NOW, 480)).resolves.toMatchObject({ lenders: 1 });
  });

  it("writes nothing when the transaction fails halfway (the earlier copy and the user's records stay)", async () => {
    await addContact(db, { at: NOW - 1000, channel: 'call', summary: 'mine' }, NOW);
    await loadSample(db, 'zh-CN', NOW - 86_400_000, 480);
    const before = await snapshot(db);
    // The last table written fails: the clearing and the earlier tables must roll back.
    db.complaints.hook('creating', () => {
      throw new Error('disk on fire');
    });
    await expect(loadSample(db, 'en', NOW, 480)).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('sample RPC', () => {
  const route = createRouter(contract, handlers as unknown as Record<string, Handler>);
  const call = (method: string, input: unknown, caller: 'page' | 'panel' | 'content' = 'page') =>
    route({ tag: ENVELOPE_TAG, method, input }, caller, (c) => testContext(db, c, NOW));

  it('serves extension pages only', async () => {
    for (const caller of ['panel', 'content'] as const) {
      expect(await call('sample.load', { locale: 'en', tzOffsetMin: 0 }, caller)).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
      expect(await call('sample.remove', {}, caller)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await db.contacts.count()).toBe(0);
  });

  it('refuses bad input and writes nothing', async () => {
    for (const input of [
      { locale: 'fr', tzOffsetMin: 0 },
      { locale: 'en', tzOffsetMin: 9999 },
      { locale: 'en' },
      { locale: 'en', tzOffsetMin: 0, extra: 1 },
    ]) {
      expect(await call('sample.load', input)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(await call('sample.remove', { all: true })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await db.contacts.count()).toBe(0);
  });

  it('loads and removes through the router', async () => {
    expect(await call('sample.load', { locale: 'zh-TW', tzOffsetMin: 480 })).toMatchObject({ ok: true, value: { contacts: 9 } });
    expect(await call('sample.remove', {})).toEqual({ ok: true, value: { removed: 18 } });
  });
});
