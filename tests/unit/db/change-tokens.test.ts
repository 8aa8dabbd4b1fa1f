import { afterEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { changeTokensMiddleware, CONCERNS, TOKEN_KEYS, type Concern } from '@/utils/db/change-tokens';
import { NgDatabase, SCHEMA_VERSIONS } from '@/utils/db/schema';
import { markBackedUp, markReminded, setReminderEnabled } from '@/utils/db/repos/backup-state';
import { readAllRows, restoreRows } from '@/utils/db/repos/backup';
import { setDbForTests } from '@/utils/db/connection';
import { WAKE_TAG } from '@/utils/db/wake';
import { follow } from '@/utils/background/change-watch';
import { handleRuntimeMessage } from '@/utils/background/rpc-listener';
import { ENVELOPE_TAG } from '@/utils/rpc/envelope';
import { freshDb } from '../helpers/db';
import { movedBy } from '../helpers/tokens';
import { agreement, contact, installment, lender } from '../domain/findings/build';

const NOW = Date.UTC(2026, 10, 22, 4, 0);
const site = (i = 1) => ({ id: `u${i}`, pattern: `https://help${i}.example.com/*`, label: 'x', createdAt: NOW });
const reminder = {
  id: 'R1',
  key: 'k1',
  kind: 'custom',
  targetType: 'agreement',
  targetId: 'A1',
  fireAt: NOW,
  text: 'x',
  createdAt: NOW,
} as never;
const evidence = () =>
  ({ id: 'E1', createdAt: NOW, name: 'a.txt', mime: 'text/plain', size: 1, sha256: 'a'.repeat(64), blob: new Blob(['a']) }) as never;

let stops: Array<() => void> = [];
afterEach(() => {
  for (const s of stops) s();
  stops = [];
  setDbForTests(undefined);
});

describe('change tokens: each table moves exactly its concerns', () => {
  it.each<[string, (db: NgDatabase) => Promise<unknown>, Concern[]]>([
    ['lenders', (db) => db.lenders.add(lender()), ['findings', 'backup']],
    ['agreements', (db) => db.agreements.put(agreement()), ['findings', 'backup']],
    ['installments', (db) => db.installments.add(installment(1, '2026-03-10', true)), ['findings', 'backup']],
    ['contacts', (db) => db.contacts.add(contact()), ['findings', 'backup']],
    ['evidence', (db) => db.evidence.add(evidence()), ['backup']],
    [
      'complaints (with their reminders, one transaction)',
      (db) => db.transaction('rw', db.complaints, db.reminders, () => db.reminders.add(reminder)),
      ['backup', 'reminders'],
    ],
    ['reminders', (db) => db.reminders.add(reminder), ['backup', 'reminders']],
    ['userSites', (db) => db.userSites.add(site()), ['backup', 'sites']],
    ['settings (a user setting)', (db) => db.settings.put({ key: 'complaint.profile.name', value: '李明' }), ['backup']],
    ['derived (results, never backed up)', (db) => db.derived.put({ key: 'x', token: 't' }), []],
  ])('%s', async (_name, write, expected) => {
    const db = await freshDb();
    const m = await movedBy(db, () => write(db));
    expect(m.moved).toEqual(expected);
    expect(m.counted).toBe(expected.includes('backup') ? 1 : 0);
  });

  it('counts one backup change per transaction, however many tables and rows it writes', async () => {
    const db = await freshDb();
    const m = await movedBy(db, () =>
      db.transaction('rw', [db.lenders, db.agreements, db.contacts, db.userSites], async () => {
        await db.lenders.add(lender());
        await db.agreements.add(agreement());
        await db.contacts.bulkAdd([contact(), contact(), contact()]);
        await db.userSites.add(site());
      }),
    );
    expect(m).toEqual({ moved: ['findings', 'backup', 'sites'], counted: 1 });
  });

  it('the backup reminder’s own bookkeeping is not a change to back up', async () => {
    const db = await freshDb();
    await db.contacts.add(contact());
    expect(await movedBy(db, () => markReminded(db, NOW))).toEqual({ moved: [], counted: 0 });
    expect(await movedBy(db, () => setReminderEnabled(db, false))).toEqual({ moved: [], counted: 0 });
    const reset = await movedBy(db, () => markBackedUp(db, NOW));
    expect(reset.moved).toEqual([]);
    expect((await db.settings.get('backup.changes'))?.value).toBe(0);
    // The first change after a backup starts the clock again.
    await db.contacts.add(contact());
    expect((await db.settings.get('backup.changes'))?.value).toBe(1);
    expect((await db.settings.get('backup.firstChangeAt'))?.value).toEqual(expect.any(Number));
  });

  it('moves nothing for reads, and rolls back with a failed write', async () => {
    const db = await freshDb();
    await db.contacts.add(contact());
    expect(await movedBy(db, () => db.transaction('r', db.tables, () => Promise.all(db.tables.map((t) => t.toArray()))))).toEqual({
      moved: [],
      counted: 0,
    });
    const m = await movedBy(db, () =>
      db
        .transaction('rw', db.contacts, db.userSites, async () => {
          await db.contacts.add(contact());
          await db.userSites.add(site());
          throw new Error('abort');
        })
        .catch(() => undefined),
    );
    expect(m).toEqual({ moved: [], counted: 0 });
  });

  it('a restore in a page moves every token in its own transaction (replace and merge)', async () => {
    const db = await freshDb();
    await db.transaction('rw', db.tables, async () => {
      await db.lenders.add(lender());
      await db.contacts.add(contact());
      await db.reminders.add(reminder);
      await db.userSites.add(site());
    });
    const rows = await readAllRows(db);
    const other = await freshDb();
    expect((await movedBy(other, () => restoreRows(other, rows, 'replace'))).moved).toEqual([...CONCERNS]);
    expect((await movedBy(db, () => restoreRows(db, rows, 'merge'))).moved).toEqual([...CONCERNS]);
  });

  it('an upgrade that rewrites records moves their tokens too (the version-change transaction)', async () => {
    const name = `upgrade-${Math.random().toString(36).slice(2)}`;
    const before = new NgDatabase(name);
    await before.contacts.add(contact({ id: 'C1' }));
    const tokenBefore = (await before.derived.get(TOKEN_KEYS.findings))?.token;
    before.close();
    const next = new Dexie(name);
    for (const s of SCHEMA_VERSIONS) next.version(s.version).stores(s.stores);
    next
      .version(100)
      .stores({})
      .upgrade((tx) => tx.table('contacts').toCollection().modify({ summary: 'upgraded' }));
    next.use(changeTokensMiddleware());
    await next.open();
    expect((await next.table('contacts').get('C1')).summary).toBe('upgraded');
    const tokenAfter = (await next.table('derived').get(TOKEN_KEYS.findings))?.token;
    expect(tokenAfter).toEqual(expect.any(String));
    expect(tokenAfter).not.toBe(tokenBefore);
    next.close();
  });

  it('tells the connection, after commit only, which concerns a transaction moved', async () => {
    const seen: Concern[][] = [];
    const db = new NgDatabase(`hook-${Math.random().toString(36).slice(2)}`, { onCommitted: (c) => seen.push([...c]) });
    await db.userSites.add(site());
    await db.derived.put({ key: 'x', token: 't' });
    await db
      .transaction('rw', db.contacts, async () => {
        await db.contacts.add(contact());
        throw new Error('abort');
      })
      .catch(() => undefined);
    await vi.waitFor(() => expect(seen).toEqual([['backup', 'sites']]));
    db.close();
  });
});

describe('background followers compare tokens', () => {
  it('run once for a page’s write (another connection) and once more only after the next change of their concern', async () => {
    const db = await freshDb();
    setDbForTests(db);
    const runs: string[] = [];
    stops.push(follow('test-sites', 'sites', async () => void runs.push('sites')));
    await vi.waitFor(() => expect(runs).toEqual(['sites'])); // the worker's start: never seen
    // A page is another context with its own connection to the same database.
    const page = new NgDatabase(db.name);
    await page.contacts.add(contact());
    await new Promise((r) => setTimeout(r, 30));
    expect(runs).toEqual(['sites']);
    await page.userSites.add(site(2));
    await vi.waitFor(() => expect(runs).toEqual(['sites', 'sites']));
    page.close();
  });

  it('catch up when a page wakes the worker, and only for an extension page', async () => {
    const db = await freshDb();
    setDbForTests(db);
    const runs: number[] = [];
    stops.push(follow('test-reminders', 'reminders', async () => void runs.push(1)));
    await vi.waitFor(() => expect(runs).toHaveLength(1));
    // Written while no broadcast reached this context (a sleeping worker): a raw write Dexie does not announce.
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open(db.name);
      open.onsuccess = () => {
        const tx = open.result.transaction('derived', 'readwrite');
        tx.objectStore('derived').put({ key: TOKEN_KEYS.reminders, token: 'from-a-page' });
        tx.oncomplete = () => (open.result.close(), resolve());
        tx.onerror = () => reject(tx.error);
      };
    });
    const content = { id: fakeBrowser.runtime.id, url: 'https://www.nfra.gov.cn/x', tab: { id: 1 } } as never;
    expect(handleRuntimeMessage({ tag: WAKE_TAG }, content)).toBeUndefined();
    await new Promise((r) => setTimeout(r, 30));
    expect(runs).toHaveLength(1);
    const page = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/dashboard.html') };
    expect(handleRuntimeMessage({ tag: WAKE_TAG }, page)).toBeUndefined();
    await vi.waitFor(() => expect(runs).toHaveLength(2));
  });

  it('an RPC write from the background moves the tokens the same way', async () => {
    const db = await freshDb();
    setDbForTests(db);
    const sender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    const m = await movedBy(db, () =>
      handleRuntimeMessage(
        { tag: ENVELOPE_TAG, method: 'contacts.add', input: { at: NOW, channel: 'call', summary: '来电', tzOffsetMin: 480 } },
        sender,
      )!,
    );
    expect(m).toEqual({ moved: ['findings', 'backup'], counted: 1 });
  });
});
