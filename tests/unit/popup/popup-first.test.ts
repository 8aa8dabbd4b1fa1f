import { describe, expect, it } from 'vitest';
import { contract } from '@/utils/rpc/contract';
import { handlers } from '@/utils/rpc/handlers';
import { createRouter, type Handler } from '@/utils/rpc/router';
import { ENVELOPE_TAG } from '@/utils/rpc/envelope';
import type { Caller } from '@/utils/rpc/define';
import { popupRecent } from '@/utils/db/repos/popup-first';
import { freshDb, snapshot, testContext } from '../helpers/db';
import { contact, lender } from '../domain/findings/build';

const route = createRouter(contract, handlers as unknown as Record<string, Handler>);
const DAY = 86_400_000;

async function seeded() {
  const db = await freshDb();
  await db.lenders.bulkAdd([lender({ id: 'A', name: '甲' }), lender({ id: 'B', name: '乙' }), lender({ id: 'C', name: '丙' })]);
  const t0 = Date.UTC(2026, 9, 1);
  // B was contacted last, then C; A never.
  await db.contacts.bulkAdd([
    ...Array.from({ length: 6 }, (_, i) => contact({ id: `c-${i}`, lenderId: 'C', at: t0 + i * DAY })),
    contact({ id: 'b-last', lenderId: 'B', at: t0 + 10 * DAY }),
  ]);
  return db;
}

describe('the popup’s first screen', () => {
  it('lists the five newest contacts and ranks the lenders by their latest contact', async () => {
    const db = await seeded();
    const first = await popupRecent(db);
    expect(first.recent.map((c) => c.id)).toEqual(['b-last', 'c-5', 'c-4', 'c-3', 'c-2']);
    expect(first.lenders.map((l) => l.id)).toEqual(['B', 'C', 'A']);
  });

  it('the background answers contacts.popupFirst with the same data, to extension pages only', async () => {
    const db = await seeded();
    const res = await route({ tag: ENVELOPE_TAG, method: 'contacts.popupFirst', input: {} }, 'page', (c) => testContext(db, c));
    expect(res).toEqual({ ok: true, value: await popupRecent(db) });
    for (const [caller, input, code] of [
      ['panel', {}, 'forbidden'],
      ['content', {}, 'forbidden'],
      ['page', { limit: 5 }, 'invalid-input'],
    ] as [Caller, unknown, string][]) {
      const before = await snapshot(db);
      expect(await route({ tag: ENVELOPE_TAG, method: 'contacts.popupFirst', input }, caller, (c) => testContext(db, c))).toMatchObject({
        ok: false,
        error: { code },
      });
      expect(await snapshot(db)).toEqual(before);
    }
  });
});
