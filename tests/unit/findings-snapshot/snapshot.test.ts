import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NgDatabase } from '@/utils/db/schema';
import { computeFindingsSnapshot, refreshFindingsSnapshot } from '@/utils/db/repos/findings-snapshot';
import { readFindingsSnapshot, readRuleFindings, SUMMARY_KEY } from '@/utils/db/repos/findings-snapshot-read';
import { readAllRows, restoreRows } from '@/utils/db/repos/backup';
import { freshDb } from '../helpers/db';
import { INITIAL_TOKEN } from '@/utils/db/change-tokens';
import { RecordChunkSchema } from '@/utils/domain/backup/format';
import * as v from 'valibot';
import { ruleById } from '@/utils/domain/findings/rules';
import { channelName } from '@/utils/sites';
import { MAX_PRESELECTED_CONTACTS } from '@/utils/domain/complaints/link';
import { bj, contact } from '../domain/findings/build';

// Lets a test write to the records while the snapshot is being computed.
const duringFindAll = vi.hoisted(() => ({ hook: undefined as undefined | (() => void) }));
vi.mock('@/utils/domain/findings/find-all', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/utils/domain/findings/find-all')>();
  return {
    ...real,
    findAll: (input: Parameters<typeof real.findAll>[0]) => {
      duringFindAll.hook?.();
      return real.findAll(input);
    },
  };
});

let db: NgDatabase;
beforeEach(async () => {
  db = await freshDb({ jurisdiction: 'CN' });
  duringFindAll.hook = undefined;
});
afterEach(() => db.close());

const NOW = Date.UTC(2026, 10, 22);
function expectNoSnapshot(s: { current: boolean; groups?: unknown }) {
  expect(s.current).toBe(false);
  expect(s.groups).toBeUndefined();
}
const night = (date: string, over = {}) => contact({ at: bj(date, '23:10:00'), ...over });

describe('findings snapshot', () => {
  it('is missing, then computed: the groups a view shows, with days on the contacts’ wall clock', async () => {
    expect(await readFindingsSnapshot(db)).toEqual({ current: false, token: INITIAL_TOKEN });
    await db.contacts.bulkAdd([night('2026-03-10'), night('2026-03-12'), contact({ at: bj('2026-03-11', '10:00:00') })]);
    expect(await refreshFindingsSnapshot(db, () => NOW)).toBe('written');
    const snap = await readFindingsSnapshot(db);
    expect(snap.current).toBe(true);
    expect(snap.computedAt).toBe(NOW);
    const nightGroup = snap.groups!.find((g) => g.ruleId === 'night-contact')!;
    expect(nightGroup).toMatchObject({ count: 2, firstDay: '2026-03-10', lastDay: '2026-03-12' });
    expect(nightGroup.contactCount).toBe(2);
    expect(nightGroup.linkContactIds).toHaveLength(2);
    expect(nightGroup.basis.length).toBeGreaterThan(0);
    // Complete for the first screen: the rule's title and severity, the channels' names, in every language.
    const rule = ruleById('night-contact')!;
    expect(nightGroup.title).toEqual(rule.title);
    expect(nightGroup.severity).toBe(rule.severity);
    expect(nightGroup.channels.length).toBeGreaterThan(0);
    for (const ch of nightGroup.channels) expect(ch.name).toEqual(channelName(ch.id));
    const details = await readRuleFindings(db, 'night-contact');
    expect(details!.map((f) => f.contactIds)).toEqual(nightGroup.linkContactIds.map((id) => [id]));
    expect(details![0]!.explanation['zh-CN']).toMatch(/\S/);
  });

  it('an empty log gives a current snapshot with no groups', async () => {
    expect(await refreshFindingsSnapshot(db, () => NOW)).toBe('written');
    expect(await readFindingsSnapshot(db)).toMatchObject({ current: true, groups: [] });
  });

  it('becomes outdated with the write that changes the records, keeps the old groups until recomputed, and follows deletes', async () => {
    const first = night('2026-03-10');
    await db.contacts.add(first);
    await refreshFindingsSnapshot(db, () => NOW);
    const second = night('2026-03-11');
    await db.contacts.add(second);
    const outdated = await readFindingsSnapshot(db);
    expect(outdated.current).toBe(false);
    expect(outdated.groups!.find((g) => g.ruleId === 'night-contact')!.count).toBe(1);
    // Details are never shown from an outdated snapshot.
    expect(await readRuleFindings(db, 'night-contact')).toBeUndefined();

    await refreshFindingsSnapshot(db, () => NOW);
    expect((await readFindingsSnapshot(db)).groups!.find((g) => g.ruleId === 'night-contact')!.count).toBe(2);

    await db.contacts.bulkDelete([first.id, second.id]);
    await refreshFindingsSnapshot(db, () => NOW);
    expect((await readFindingsSnapshot(db)).groups).toEqual([]);
    // The rule's old findings row went with it.
    expect(await db.derived.where('key').startsWith('findings:rule:').count()).toBe(0);
  });

  it('does nothing when the snapshot is current', async () => {
    await db.contacts.add(night('2026-03-10'));
    expect(await refreshFindingsSnapshot(db, () => NOW)).toBe('written');
    expect(await refreshFindingsSnapshot(db, () => NOW + 1)).toBe('current');
    expect((await readFindingsSnapshot(db)).computedAt).toBe(NOW);
  });

  it('stores nothing when the records change while it computes, and the next attempt gets them', async () => {
    await db.contacts.add(night('2026-03-10'));
    let writes = 0;
    duringFindAll.hook = () => {
      if (writes++ === 0) void db.contacts.add(night('2026-03-11'));
    };
    expect(await computeFindingsSnapshot(db, NOW)).toBe('raced');
    expectNoSnapshot(await readFindingsSnapshot(db));
    // refresh retries: the second computation sees both contacts.
    expect(await refreshFindingsSnapshot(db, () => NOW)).toBe('written');
    expect((await readFindingsSnapshot(db)).groups!.find((g) => g.ruleId === 'night-contact')!.count).toBe(2);
  });

  it('runs one computation at a time: concurrent requests end with one current snapshot', async () => {
    await db.contacts.add(night('2026-03-10'));
    let computations = 0;
    duringFindAll.hook = () => void computations++;
    const results = await Promise.all([1, 2, 3].map(() => refreshFindingsSnapshot(db, () => NOW)));
    expect(results).toEqual(['written', 'current', 'current']);
    expect(computations).toBe(1);
  });

  it('is not part of a backup', async () => {
    await db.contacts.add(night('2026-03-10'));
    await refreshFindingsSnapshot(db, () => NOW);
    const rows = await readAllRows(db);
    expect(Object.keys(rows)).not.toContain('derived');
    expect(JSON.stringify(rows)).not.toContain('findings:summary');
    // …and a file that carries it anyway is refused (a record frame must name a backed-up table).
    expect(v.safeParse(RecordChunkSchema, { table: 'derived', rows: [] }).success).toBe(false);
    expect(v.safeParse(RecordChunkSchema, { table: 'contacts', rows: [] }).success).toBe(true);
  });

  it('becomes outdated when a backup is restored in a page (a write the background never sees)', async () => {
    await db.contacts.add(night('2026-03-10'));
    const backup = await readAllRows(db);
    await db.contacts.add(night('2026-03-11'));
    await refreshFindingsSnapshot(db, () => NOW);
    await restoreRows(db, backup, 'replace');
    expect((await readFindingsSnapshot(db)).current).toBe(false);
    await refreshFindingsSnapshot(db, () => NOW);
    expect((await readFindingsSnapshot(db)).groups!.find((g) => g.ruleId === 'night-contact')!.count).toBe(1);
  });

  it('keeps the summary small: a rule with more contacts than a complaint link carries links the first ones and counts all', async () => {
    // One night call a day for 540 days.
    const many = Array.from({ length: MAX_PRESELECTED_CONTACTS + 40 }, (_, i) =>
      contact({ at: bj('2025-01-01', '23:00:00') + i * 86_400_000 }),
    );
    await db.contacts.bulkAdd(many);
    await refreshFindingsSnapshot(db, () => NOW);
    const g = (await readFindingsSnapshot(db)).groups!.find((x) => x.ruleId === 'night-contact')!;
    expect(g.contactCount).toBe(many.length);
    expect(g.linkContactIds).toEqual(many.slice(0, MAX_PRESELECTED_CONTACTS).map((c) => c.id));
    // The details still hold every contact.
    expect(new Set((await readRuleFindings(db, 'night-contact'))!.flatMap((f) => f.contactIds)).size).toBe(many.length);
  });

  it('never shows rows of another format (written by another version of the extension), and replaces them', async () => {
    await db.contacts.add(night('2026-03-10'));
    await refreshFindingsSnapshot(db, () => NOW);
    const row = (await db.derived.get(SUMMARY_KEY))!;
    await db.derived.put({ ...row, format: 0, groups: [{ ruleId: 'night-contact', oldShape: true }] });
    expectNoSnapshot(await readFindingsSnapshot(db));
    expect(await readRuleFindings(db, 'night-contact')).toBeDefined();
    await db.derived.update('findings:rule:night-contact', { format: 0 });
    expect(await readRuleFindings(db, 'night-contact')).toBeUndefined();
    expect(await refreshFindingsSnapshot(db, () => NOW)).toBe('written');
    expect((await readFindingsSnapshot(db)).groups!.find((g) => g.ruleId === 'night-contact')!.count).toBe(1);
  });
});
