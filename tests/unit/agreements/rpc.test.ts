import { describe, expect, it } from 'vitest';
import { contract } from '@/utils/rpc/contract';
import { handlers } from '@/utils/rpc/handlers';
import { createRouter, type Handler } from '@/utils/rpc/router';
import { ENVELOPE_TAG } from '@/utils/rpc/envelope';
import type { Caller } from '@/utils/rpc/define';
import { movedBy } from '../helpers/tokens';
import { freshDb, snapshot, testContext } from '../helpers/db';

const route = createRouter(contract, handlers as unknown as Record<string, Handler>);
const NOW = Date.UTC(2026, 10, 22, 4, 0);
const good = { lender: { catalogId: 'card-cmb' }, negotiatedOn: '2026-11-20', terms: { totalToRepayFen: 600_000 } };

describe('agreement and plan RPC methods', () => {
  it('serve pages only: panel and content scripts are refused before the database', async () => {
    const names = Object.keys(contract).filter((m) => /^(lenders|agreements|installments|reminders)\./.test(m));
    expect(names.length).toBeGreaterThanOrEqual(11);
    for (const m of names) expect(contract[m as keyof typeof contract].callers, m).toEqual(['page']);
    const db = await freshDb();
    for (const caller of ['panel', 'content'] as Caller[]) {
      const res = await route({ tag: ENVELOPE_TAG, method: 'agreements.add', input: good }, caller, (c) => testContext(db, c, NOW));
      expect(res).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await db.agreements.count()).toBe(0);
  });

  it.each([
    ['negative total', { ...good, terms: { totalToRepayFen: -1 } }, 'terms.totalToRepayFen'],
    ['floating yuan', { ...good, terms: { totalToRepayFen: 60.5 } }, 'terms.totalToRepayFen'],
    ['impossible date', { ...good, negotiatedOn: '2026-02-30' }, 'negotiatedOn'],
    ['extra key', { ...good, isAdmin: true }, undefined],
    ['unknown status', { ...good, status: 'forgiven' }, 'status'],
  ])('refuses %s and writes nothing', async (_name, input, field) => {
    const db = await freshDb();
    const before = await snapshot(db);
    const res = await route({ tag: ENVELOPE_TAG, method: 'agreements.add', input }, 'page', (c) => testContext(db, c, NOW));
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.code).toBe('invalid-input');
      if (field) expect(res.error.field).toBe(field);
    }
    expect(await snapshot(db)).toEqual(before);
  });

  it('moves the reminders token (the background re-arms its alarm) with each plan change', async () => {
    const db = await freshDb();
    const ctx = (c: Caller) => testContext(db, c, NOW);
    let add: Awaited<ReturnType<typeof route>> | undefined;
    const moves = [
      await movedBy(db, async () => (add = await route({ tag: ENVELOPE_TAG, method: 'agreements.add', input: good }, 'page', ctx))),
    ];
    expect(add!.ok).toBe(true);
    const id = add!.ok ? (add!.value as { id: string }).id : '';
    let plan: Awaited<ReturnType<typeof route>> | undefined;
    moves.push(
      await movedBy(
        db,
        async () =>
          (plan = await route(
            {
              tag: ENVELOPE_TAG,
              method: 'installments.savePlan',
              input: { agreementId: id, rows: [{ dueDate: '2026-12-01', amountFen: 600_000 }] },
            },
            'page',
            ctx,
          )),
      ),
    );
    expect(plan!.ok).toBe(true);
    expect(moves.filter((m) => m.moved.includes('reminders'))).toHaveLength(2);
  });
});
