import { beforeEach, describe, expect, it } from 'vitest';
import { wallClock } from '@/utils/domain/time/wall-clock';
import { agreementRows, agreementsOf, agreementView, customLenders, proofCandidates } from '@/utils/db/queries/agreements';
import {
  contactCount,
  contactEvidenceKeys,
  contactIndexEntries,
  contactsAround,
  contactsByIds,
  contactsFirstPage,
  FIRST_PAGE,
} from '@/utils/db/queries/contacts';
import { complaintsData, csvData, evidenceNewestFirst, reminderItems } from '@/utils/db/queries/dashboard';
import { groupRecords } from '@/utils/db/queries/findings';
import { upcomingForPopup } from '@/utils/db/queries/popup';
import { refreshFindingsSnapshot } from '@/utils/db/repos/findings-snapshot';
import type { NgDatabase } from '@/utils/db/schema';
import { freshDb } from '../../helpers/db';
import { agreement, bj, contact, installment, lender } from '../../domain/findings/build';

const ev = (id: string, createdAt: number, owner?: [string, string]) =>
  ({
    id,
    createdAt,
    name: `${id}.txt`,
    mime: 'text/plain',
    size: 1,
    sha256: 'a'.repeat(64),
    blob: new Blob(['a']),
    ...(owner ? { ownerType: owner[0], ownerId: owner[1] } : {}),
  }) as never;

let db: NgDatabase;
beforeEach(async () => {
  db = await freshDb({ jurisdiction: 'CN' });
  await db.lenders.bulkAdd([lender(), lender({ id: 'L2', name: '自建' }), lender({ id: 'L3', catalogId: 'card-cmb' })]);
  await db.agreements.bulkAdd([agreement({ updatedAt: 1 }), agreement({ id: 'A2', lenderId: 'L2', updatedAt: 2, status: 'completed' })]);
  await db.installments.bulkAdd([installment(2, '2026-04-15', false), installment(1, '2026-03-15', true)]);
  await db.contacts.bulkAdd([
    contact({ id: 'C1', lenderId: 'L1', agreementId: 'A1', at: bj('2026-03-02', '23:30:00') }),
    contact({ id: 'C2', lenderId: 'L1', at: bj('2026-03-05', '10:00:00') }),
  ]);
  await db.evidence.bulkAdd([ev('E1', 1, ['agreement', 'A1']), ev('E2', 3, ['contact', 'C1']), ev('E3', 2)]);
  await db.reminders.add({
    id: 'R1',
    key: 'k',
    kind: 'custom',
    targetType: 'agreement',
    targetId: 'A1',
    fireAt: 5,
    text: 'x',
    createdAt: 1,
  } as never);
  await db.userSites.add({ id: 'U1', pattern: 'https://help.example.com/*', label: 'x', createdAt: 1 });
});

describe('read queries (utils/db/queries)', () => {
  it('agreements: one with its plan in order and counts; the list newest first; custom lenders; by lender; proof candidates', async () => {
    const view = (await agreementView('A1', db))!;
    expect(view.installments.map((i) => i.seq)).toEqual([1, 2]);
    expect(view).toMatchObject({ lender: { id: 'L1' }, reminderCount: 1, contactCount: 1 });
    expect(await agreementView('nope', db)).toBeNull();
    expect((await agreementRows(db)).map((r) => [r.a.id, r.lender?.id, r.plan.length])).toEqual([
      ['A2', 'L2', 0],
      ['A1', 'L1', 2],
    ]);
    expect((await customLenders(db)).map((l) => l.id).sort()).toEqual(['L1', 'L2']);
    expect((await agreementsOf('L2', db)).map((a) => a.id)).toEqual(['A2']);
    expect(await agreementsOf(undefined, db)).toHaveLength(2);
    expect((await proofCandidates('A1', 'nope', db)).map((e) => e.id)).toEqual(['E1']);
  });

  it('contacts: first page, the index newest first, a page by ids, the days around a date, evidence keys, count', async () => {
    const first = await contactsFirstPage(db);
    expect(first.recent.map((c) => c.id)).toEqual(['C2', 'C1']);
    expect(first).not.toHaveProperty('total'); // counted apart (contactCount): a count walks the store
    expect(FIRST_PAGE).toBe(50);
    expect((await contactIndexEntries(db)).map((c) => c.id)).toEqual(['C2', 'C1']);
    expect((await contactsByIds(['C1', 'gone', 'C2'], db)).map((c) => c.id)).toEqual(['C1', 'C2']);
    const c2 = (await db.contacts.get('C2'))!;
    const date = wallClock(c2).date;
    expect((await contactsAround(date, db)).map((c) => c.id)).toContain('C2');
    expect(await contactEvidenceKeys(db)).toEqual([['contact', 'C1']]);
    expect(await contactCount(db)).toBe(2);
  });

  it('dashboard sections: reminders with their subject, complaints data, evidence newest first, CSV rows', async () => {
    expect(await reminderItems(db)).toMatchObject([{ reminder: { id: 'R1' }, agreementId: 'A1', lender: { id: 'L1' } }]);
    expect(await complaintsData(db)).toMatchObject({ complaints: [], sites: [{ id: 'U1' }] });
    expect((await evidenceNewestFirst(db)).map((e) => e.id)).toEqual(['E2', 'E3', 'E1']);
    const csv = await csvData('installments', db);
    expect(csv.rows).toHaveLength(2);
    expect(csv.lenders).toHaveLength(3);
  });

  it('popup: the active agreements’ overdue and next instalments', async () => {
    const up = await upcomingForPopup(Date.UTC(2026, 3, 20), db);
    expect(up.lenders).toHaveLength(3);
    expect(JSON.stringify(up)).toContain('2026-04-15');
  });

  it('findings: one group’s findings, its contacts and their evidence', async () => {
    await refreshFindingsSnapshot(db, () => 1);
    const g = await groupRecords('night-contact', 10, db);
    expect(g.contacts.map((c) => c.id)).toEqual(['C1']);
    expect(g.evidence.map((e) => e.id)).toEqual(['E2']); // the contact's, not the agreement's (this rule names no agreement)
    expect(g.contactCount).toBe(1);
  });
});
