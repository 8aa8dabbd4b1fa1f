import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contract } from '@/utils/rpc/contract';
import { handlers } from '@/utils/rpc/handlers';
import { createRouter, type Handler } from '@/utils/rpc/router';
import { ENVELOPE_TAG } from '@/utils/rpc/envelope';
import { exportBackup, openBackup, applyBackup } from '@/utils/backup/backup-file';
import { MAX_SHORT, MAX_TEXT } from '@/utils/model/fields';
import {
  CARD_PLAN_ITEMS,
  CONTACT_FLAGS,
  KIT_DOCUMENTS,
  MAX_COMPLAINT_CONTACTS,
  MAX_COMPLAINT_SECTIONS,
  MAX_KIT_DOCUMENTS,
} from '@/utils/model/records';
import type { NgDatabase } from '@/utils/db/schema';
import { freshDb, testContext } from '../helpers/db';
import { deepSnapshot } from '../backup/hostile';

// Issue 19 item 8: what the app stores, its backup restores. Every field has
// a limit, and the largest records the RPC accepts survive backup → restore
// byte for byte (a record beyond the backup's 16 MB frame limit used to be
// accepted, and the app's own backup of it was then refused as damaged).

const route = createRouter(contract, handlers as unknown as Record<string, Handler>);
const NOW = Date.UTC(2026, 10, 22, 4, 0);

async function call(db: NgDatabase, method: string, input: unknown) {
  return route({ tag: ENVELOPE_TAG, method, input }, 'page', (c) => testContext(db, c, NOW));
}
async function ok<T>(db: NgDatabase, method: string, input: unknown): Promise<T> {
  const res = await call(db, method, input);
  if (!res.ok) throw new Error(`${method}: ${res.error.message}`);
  return res.value as T;
}

/** Characters JSON writes as six bytes each (\u0001), plus a lone surrogate: the worst case for a backup frame. */
const worst = (n: number) => ('\u0001\ud800' + '\u0002'.repeat(Math.max(0, n - 2))).slice(0, n);

function agreementInput(text: (n: number) => string, docs: number) {
  return {
    lender: { name: text(MAX_SHORT).replace(/^\s+|\s+$/g, 'x') || 'x', kind: 'other' },
    product: text(MAX_SHORT),
    accountRef: text(MAX_SHORT),
    negotiatedOn: '2026-03-01',
    lenderRef: text(MAX_SHORT),
    counterpart: { name: text(MAX_SHORT), staffId: text(MAX_SHORT), phone: text(MAX_SHORT) },
    terms: { totalToRepayFen: 4_800_000 },
    promises: { stopCollection: true, noThirdPartyContact: true, creditReport: 'none', noNewPenalties: false, other: text(MAX_TEXT) },
    cardPlanItems: [...CARD_PLAN_ITEMS],
    kit: {
      documents: Array.from({ length: docs }, (_, i) => ({
        doc: KIT_DOCUMENTS[i % KIT_DOCUMENTS.length],
        ready: i % 2 === 0,
        note: text(MAX_SHORT),
      })),
      talkingNotes: text(MAX_TEXT),
    },
    notes: text(MAX_TEXT),
  };
}

function contactInput(text: (n: number) => string, agreementId?: string) {
  return {
    at: NOW - 60_000,
    ...(agreementId ? { agreementId } : {}),
    channel: 'call',
    person: { name: text(MAX_SHORT), staffId: text(MAX_SHORT), phone: text(MAX_SHORT), agency: text(MAX_SHORT), party: 'agency' },
    summary: text(MAX_TEXT) || 'x',
    flags: [...CONTACT_FLAGS],
    thirdParties: text(MAX_SHORT),
    tzOffsetMin: 480,
  };
}

async function roundTrip(source: NgDatabase): Promise<void> {
  const file = await exportBackup(source, { appVersion: 't', now: NOW });
  const target = await freshDb();
  await applyBackup(target, await openBackup(file), 'replace');
  expect(await deepSnapshot(target, { derived: false })).toEqual(await deepSnapshot(source, { derived: false }));
  target.close();
}

describe('every field has a limit', () => {
  it('refuses lists beyond their limit through the RPC', async () => {
    const db = await freshDb();
    const tooMany = await call(
      db,
      'agreements.add',
      agreementInput(() => '', MAX_KIT_DOCUMENTS + 1),
    );
    expect(tooMany.ok).toBe(false);
    const plan = await call(db, 'agreements.add', { ...agreementInput(() => '', 1), cardPlanItems: Array(1000).fill('balance') });
    expect(plan.ok).toBe(false);
    const flags = await call(db, 'contacts.add', { ...contactInput(() => 'x'), flags: Array(1000).fill('threat') });
    expect(flags.ok).toBe(false);
    expect(await db.agreements.count()).toBe(0);
    expect(await db.contacts.count()).toBe(0);
  });

  it('keeps a flag ticked twice once', async () => {
    const db = await freshDb();
    const c = await ok<{ flags: string[] }>(db, 'contacts.add', { ...contactInput(() => 'x'), flags: ['threat', 'threat', 'insult'] });
    expect(c.flags).toEqual(['threat', 'insult']);
  });

  it('the largest records the RPC accepts survive backup → restore byte for byte', async () => {
    const db = await freshDb();
    const a = await ok<{ id: string }>(db, 'agreements.add', agreementInput(worst, MAX_KIT_DOCUMENTS));
    const contacts: string[] = [];
    for (let i = 0; i < 3; i += 1) contacts.push((await ok<{ id: string }>(db, 'contacts.add', contactInput(worst, a.id))).id);
    const sections = Object.fromEntries(Array.from({ length: MAX_COMPLAINT_SECTIONS }, (_, i) => [`s${i}`, worst(MAX_TEXT)]));
    const contactIds = Array.from({ length: MAX_COMPLAINT_CONTACTS }, (_, i) => contacts[i % 3]!);
    await ok(db, 'complaints.add', {
      channelId: 'nfra',
      url: 'https://www.nfra.gov.cn/x',
      agreementId: a.id,
      sections,
      contactIds,
      referenceNo: worst(MAX_SHORT),
      notes: worst(MAX_TEXT),
    });
    await ok(db, 'complaints.addSite', { url: 'https://help.example-lender.com/complaint', label: worst(MAX_SHORT) });
    await roundTrip(db);
  }, 60_000);
});

describe('property: every record the RPC accepts survives backup → restore byte for byte', () => {
  const text = (max: number) =>
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: Math.min(max, 40) }),
      fc.string({ unit: 'binary', maxLength: Math.min(max, 40) }),
      fc.constantFrom('张三', '說不還就上門 😡', '=SUM(A1)', ' '),
    );
  const inputs = fc.record({
    lenderName: text(MAX_SHORT),
    summary: text(MAX_TEXT),
    name: text(MAX_SHORT),
    flags: fc.array(fc.constantFrom(...CONTACT_FLAGS), { maxLength: 12 }),
    docs: fc.integer({ min: 0, max: 8 }),
    section: text(MAX_TEXT),
    at: fc.integer({ min: Date.UTC(2000, 0, 1), max: NOW + 3_600_000 }),
  });
  it('holds for generated inputs (rejected inputs change nothing)', async () => {
    await fc.assert(
      fc.asyncProperty(inputs, async (g) => {
        const db = await freshDb();
        const t = (s: string) => () => s;
        const a = await call(db, 'agreements.add', {
          ...agreementInput(t(g.name), g.docs),
          lender: { name: g.lenderName, kind: 'platform' },
        });
        const agreementId = a.ok ? (a.value as { id: string }).id : undefined;
        const c = await call(db, 'contacts.add', { ...contactInput(t(g.name), agreementId), summary: g.summary, flags: g.flags, at: g.at });
        const contactIds = c.ok ? [(c.value as { id: string }).id] : [];
        await call(db, 'complaints.add', { channelId: 'nfra', sections: { facts: g.section }, contactIds, status: 'draft' });
        await roundTrip(db);
        db.close();
      }),
      { numRuns: 20 },
    );
  }, 120_000);
});
