import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb, snapshot, testContext } from '../helpers/db';
import type { NgDatabase } from '@/utils/db/schema';
import { loadSample } from '@/utils/db/repos/sample';
import { addContact } from '@/utils/db/repos/contacts';
import { createRouter, type Handler } from '@/utils/rpc/router';
import { contract } from '@/utils/rpc/contract';
import { handlers } from '@/utils/rpc/handlers';
import { ENVELOPE_TAG } from '@/utils/rpc/envelope';
import { DELETE_ALL_CONFIRMATION } from '@/utils/rpc/methods/data';
import { markSeen, readSeen, readTokens } from '@/utils/db/repos/change-tokens';

const NOW = Date.UTC(2026, 10, 22, 4, 0);
let db: NgDatabase;
beforeEach(async () => {
  db = await freshDb();
  await loadSample(db, 'zh-CN', NOW, 480);
  await addContact(db, { at: NOW - 1000, channel: 'call', summary: 'mine' }, NOW);
  await db.settings.put({ key: 'backup.lastAt', value: 1 });
  await db.derived.put({ key: 'findings:summary', token: 't', groups: [] });
});

const route = () => createRouter(contract, handlers as unknown as Record<string, Handler>);
const call = (input: unknown, caller: 'page' | 'panel' | 'content' = 'page') => {
  const events: string[] = [];
  const out = route()({ tag: ENVELOPE_TAG, method: 'data.deleteAll', input }, caller, (c) => ({
    ...testContext(db, c, NOW),
    emit: (e: string) => void events.push(e),
  }));
  return out.then((r) => ({ r, events }));
};

describe('delete all my data', () => {
  it('empties every table, records and derived data, and asks the background to rebuild alarms and site scripts', async () => {
    // The background's reminder and site followers are up to date before the wipe…
    const tokens = await readTokens(db);
    await markSeen(db, 'test.reminders', tokens.reminders);
    await markSeen(db, 'test.sites', tokens.sites);
    const { r } = await call({ confirm: DELETE_ALL_CONFIRMATION });
    expect(r).toMatchObject({ ok: true });
    const after = await snapshot(db);
    for (const [table, rows] of Object.entries(after)) expect(rows, table).toEqual([]);
    // …and after it each sees a token it has not acted on, so it rebuilds (change-watch.ts `follow`).
    const now = await readTokens(db);
    expect(now.reminders).not.toBe(await readSeen(db, 'test.reminders'));
    expect(now.sites).not.toBe(await readSeen(db, 'test.sites'));
  });

  it('refuses without the confirmation phrase, or from the panel or a content script, and deletes nothing', async () => {
    const before = await db.contacts.count();
    for (const input of [{}, { confirm: 'yes' }, { confirm: DELETE_ALL_CONFIRMATION, extra: 1 }]) {
      expect((await call(input)).r).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    for (const caller of ['panel', 'content'] as const) {
      expect((await call({ confirm: DELETE_ALL_CONFIRMATION }, caller)).r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await db.contacts.count()).toBe(before);
  });
});
