import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contract } from '@/utils/rpc/contract';
import { handlers } from '@/utils/rpc/handlers';
import { createRouter, type Handler } from '@/utils/rpc/router';
import { ENVELOPE_TAG } from '@/utils/rpc/envelope';
import type { Caller } from '@/utils/rpc/define';
import { setDbForTests } from '@/utils/db/connection';
import { refreshFindingsSnapshot } from '@/utils/db/repos/findings-snapshot';
import { readFindingsSnapshot } from '@/utils/db/repos/findings-snapshot-read';
import { handleRuntimeMessage } from '@/utils/background/rpc-listener';
import { registerFindingsSnapshot } from '@/utils/background/findings-snapshot';
import { freshDb, snapshot, testContext } from '../helpers/db';
import { until } from '../helpers/until';
import { movedBy } from '../helpers/tokens';
import { bj, contact } from '../domain/findings/build';

const route = createRouter(contract, handlers as unknown as Record<string, Handler>);
const NOW = Date.UTC(2026, 10, 22, 4, 0);
let unregister: (() => void) | undefined;
afterEach(() => {
  unregister?.();
  unregister = undefined;
  setDbForTests(undefined);
});

describe('findings.refresh over the RPC', () => {
  it('computes the snapshot for an extension page, without counting as a change to back up', async () => {
    const db = await freshDb();
    await db.contacts.add(contact({ at: bj('2026-03-10', '23:30:00') }));
    let res: unknown;
    const moves = await movedBy(
      db,
      async () => (res = await route({ tag: ENVELOPE_TAG, method: 'findings.refresh', input: {} }, 'page', (c) => testContext(db, c, NOW))),
    );
    expect(res).toEqual({ ok: true, value: { result: 'written' } });
    expect((await readFindingsSnapshot(db)).current).toBe(true);
    expect(moves).toEqual({ moved: [], counted: 0 });
  });

  it.each<[string, Caller, unknown, string]>([
    ['the panel frame', 'panel', {}, 'forbidden'],
    ['a content script', 'content', {}, 'forbidden'],
    ['an extra key', 'page', { force: true }, 'invalid-input'],
  ])('refuses %s and writes nothing', async (_name, caller, input, code) => {
    const db = await freshDb();
    await db.contacts.add(contact());
    const before = await snapshot(db);
    const res = await route({ tag: ENVELOPE_TAG, method: 'findings.refresh', input }, caller, (c) => testContext(db, c, NOW));
    expect(res).toMatchObject({ ok: false, error: { code } });
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('findings.snapshot over the RPC (the view races it against its own read)', () => {
  it('answers an extension page with exactly what the page reads itself, before and after a computation', async () => {
    const db = await freshDb({ jurisdiction: 'CN' });
    await db.contacts.add(contact({ at: bj('2026-03-10', '23:30:00') }));
    const ask = () => route({ tag: ENVELOPE_TAG, method: 'findings.snapshot', input: {} }, 'page', (c) => testContext(db, c, NOW));
    const outdated = await ask();
    expect(outdated).toEqual({ ok: true, value: await readFindingsSnapshot(db) });
    expect(outdated).toMatchObject({ value: { current: false } });
    await refreshFindingsSnapshot(db, () => NOW);
    const current = await ask();
    expect(current).toEqual({ ok: true, value: await readFindingsSnapshot(db) });
    expect(current).toMatchObject({ value: { current: true, groups: [expect.objectContaining({ ruleId: 'night-contact', count: 1 })] } });
  });

  it.each<[string, Caller, unknown, string]>([
    ['the panel frame', 'panel', {}, 'forbidden'],
    ['a content script', 'content', {}, 'forbidden'],
    ['an extra key', 'page', { ruleId: 'night-contact' }, 'invalid-input'],
  ])('refuses %s', async (_name, caller, input, code) => {
    const db = await freshDb();
    const res = await route({ tag: ENVELOPE_TAG, method: 'findings.snapshot', input }, caller, (c) => testContext(db, c, NOW));
    expect(res).toMatchObject({ ok: false, error: { code } });
  });
});

describe('background: the snapshot follows the background’s own writes', () => {
  it('recomputes once writes settle after a data change', async () => {
    const db = await freshDb({ jurisdiction: 'CN' });
    setDbForTests(db);
    unregister = registerFindingsSnapshot(20);
    const sender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    const add = (at: number) =>
      handleRuntimeMessage(
        { tag: ENVELOPE_TAG, method: 'contacts.add', input: { at, channel: 'call', summary: '深夜来电', tzOffsetMin: 480 } },
        sender,
      );
    expect(await add(bj('2026-03-10', '23:30:00'))).toMatchObject({ ok: true });
    expect(await add(bj('2026-03-11', '23:30:00'))).toMatchObject({ ok: true });
    const snap = await until(
      () => readFindingsSnapshot(db),
      (s) => s.current,
    );
    expect(snap.groups!.find((g) => g.ruleId === 'night-contact')!.count).toBe(2);
  });
});

describe('background: a new version of the extension starts from its own computation', () => {
  it('drops the snapshot computed by the previous version on update and computes a fresh one', async () => {
    const db = await freshDb({ jurisdiction: 'CN' });
    setDbForTests(db);
    await db.contacts.add(contact({ at: bj('2026-03-10', '23:30:00') }));
    // A snapshot from an older version: current by its token, but of another shape.
    await refreshFindingsSnapshot(db, () => 1);
    const old = (await db.derived.get('findings:summary'))!;
    await db.derived.put({ ...old, groups: [{ ruleId: 'night-contact', legacyShape: true }] });
    unregister = registerFindingsSnapshot(20);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    const snap = await until(
      () => readFindingsSnapshot(db),
      (s) => s.current && !JSON.stringify(s.groups).includes('legacyShape'),
    );
    expect(snap.groups!.find((g) => g.ruleId === 'night-contact')).toMatchObject({ count: 1, severity: expect.any(String) });
  });
});
