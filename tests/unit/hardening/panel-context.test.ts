import { beforeEach, describe, expect, it } from 'vitest';
import type { NgDatabase } from '@/utils/db/schema';
import { freshDb } from '../helpers/db';
import { loadSample } from '@/utils/db/repos/sample';
import { addContact } from '@/utils/db/repos/contacts';
import { addAgreement } from '@/utils/db/repos/agreements';
import { loadPanelContext } from '@/utils/db/repos/panel-context';
import { refreshFindingsSnapshot } from '@/utils/db/repos/findings-snapshot';
import { readFindingsSnapshot, ruleKey } from '@/utils/db/repos/findings-snapshot-read';
import { currentFindings } from '@/utils/db/queries/findings';
import { setJurisdiction } from '@/utils/db/repos/jurisdiction';

// The panel's findings come from the background's snapshot, not its own computation.
const NOW = Date.UTC(2026, 10, 22, 4, 0);
let db: NgDatabase;
beforeEach(async () => {
  db = await freshDb();
  await loadSample(db, 'zh-CN', NOW, 480);
  // A mainland user: with no jurisdiction chosen, no rulebook is assumed and there are no findings.
  await setJurisdiction(db, 'CN');
});

describe('panel context findings', () => {
  it("are the snapshot's findings (a marker put in the current snapshot shows up)", async () => {
    await refreshFindingsSnapshot(db, () => NOW);
    const snap = await readFindingsSnapshot(db);
    expect(snap.current).toBe(true);
    const ruleId = snap.groups![0]!.ruleId;
    const row = (await db.derived.get(ruleKey(ruleId)))!;
    const marked = (row.findings as Array<{ id: string }>).map((f, i) => (i === 0 ? { ...f, id: 'marker-from-snapshot' } : f));
    await db.derived.put({ ...row, findings: marked });
    const ctx = await loadPanelContext(db, undefined, NOW);
    expect(ctx.findings.map((f) => f.id)).toContain('marker-from-snapshot');
    expect(ctx.findings).toEqual(await db.transaction('r', db.derived, () => currentFindings(db)));
  });

  it('bring a snapshot behind the records up to date before answering', async () => {
    await refreshFindingsSnapshot(db, () => NOW);
    const { lenderId } = await addAgreement(
      db,
      { lender: { name: '我的贷款方', kind: 'platform' }, negotiatedOn: '2026-11-01', terms: { totalToRepayFen: 100 } },
      NOW,
    );
    // 18:00 UTC: 02:00 in Beijing, a night call.
    await addContact(db, { at: NOW - 3600_000 * 10, channel: 'call', summary: '深夜来电', lenderId }, NOW);
    expect((await readFindingsSnapshot(db)).current).toBe(false);
    const ctx = await loadPanelContext(db, lenderId, NOW);
    expect((await readFindingsSnapshot(db)).current).toBe(true);
    const all = (await db.transaction('r', db.derived, () => currentFindings(db)))!;
    expect(ctx.findings).toEqual(all.filter((f) => f.lenderId === lenderId));
    expect(ctx.findings.length).toBeGreaterThan(0);
  });
});
