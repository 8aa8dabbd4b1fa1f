import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NgDatabase } from '@/utils/db/schema';
import { TOKEN_KEYS } from '@/utils/db/change-tokens';
import { freshDb } from '../helpers/db';
import { agreement, contact, installment, lender } from '../domain/findings/build';

let db: NgDatabase;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(() => db.close());

const token = async () => (await db.derived.get(TOKEN_KEYS.findings))?.token;

/** Runs a write and says whether it gave the database a new inputs token. */
async function changesToken(write: () => Promise<unknown>): Promise<boolean> {
  const before = await token();
  await write();
  return (await token()) !== before;
}

describe('inputs token (Dexie middleware)', () => {
  it('changes with every kind of write to each table the findings read', async () => {
    expect(await changesToken(() => db.lenders.add(lender()))).toBe(true);
    expect(await changesToken(() => db.agreements.put(agreement()))).toBe(true);
    expect(
      await changesToken(() => db.installments.bulkAdd([installment(1, '2026-03-10', true), installment(2, '2026-04-10', false)])),
    ).toBe(true);
    const c = contact();
    expect(await changesToken(() => db.contacts.add(c))).toBe(true);
    expect(await changesToken(() => db.contacts.update(c.id, { summary: '改了' }))).toBe(true);
    expect(await changesToken(() => db.contacts.where('channel').equals('call').modify({ connected: false }))).toBe(true);
    expect(await changesToken(() => db.contacts.delete(c.id))).toBe(true);
    expect(await changesToken(() => db.installments.clear())).toBe(true);
  });

  it('never repeats an earlier token', async () => {
    const seen = new Set<string | undefined>([await token()]);
    for (let i = 0; i < 20; i++) {
      await db.contacts.put(contact({ id: 'same' }));
      const t = await token();
      expect(seen.has(t)).toBe(false);
      seen.add(t);
    }
  });

  it('does not change for reads or for tables the findings do not read', async () => {
    await db.contacts.add(contact());
    const before = await token();
    expect(before).toBeDefined();
    await db.contacts.toArray();
    await db.transaction('rw', db.settings, () => db.settings.put({ key: 'ui.locale', value: 'en' }));
    await db.userSites.add({ id: 'u1', pattern: 'https://help.example.com/*', label: 'x', createdAt: 1 });
    expect(await token()).toBe(before);
  });

  it('commits with the write and rolls back with it', async () => {
    await db.contacts.add(contact());
    const before = await token();
    expect(before).toBeDefined();
    await expect(
      db.transaction('rw', db.contacts, async () => {
        await db.contacts.add(contact());
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await token()).toBe(before);
    expect(await db.contacts.count()).toBe(1);
  });

  it('is written inside a transaction that did not name the derived table', async () => {
    const before = await token();
    await db.transaction('rw', [db.contacts, db.agreements], async () => {
      await db.contacts.add(contact());
      await db.agreements.add(agreement({ id: 'A9' }));
    });
    expect(await token()).not.toBe(before);
  });
});
