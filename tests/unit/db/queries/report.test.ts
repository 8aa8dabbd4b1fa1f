import { describe, expect, it, vi } from 'vitest';
import { readReportInput } from '@/utils/db/queries/report';
import { currentFindings } from '@/utils/db/queries/findings';
import { refreshFindingsSnapshot } from '@/utils/db/repos/findings-snapshot';
import { findAll } from '@/utils/domain/findings/find-all';
import { freshDb } from '../../helpers/db';
import { agreement, bj, contact, installment, lender } from '../../domain/findings/build';
import type { NgDatabase } from '@/utils/db/schema';

async function seed(db: NgDatabase) {
  await db.lenders.add(lender());
  await db.agreements.add(agreement());
  await db.installments.bulkAdd([installment(1, '2026-03-15', true), installment(2, '2026-04-15', false)]);
  await db.contacts.bulkAdd([
    contact({ lenderId: 'L1', at: bj('2026-03-02', '23:30:00') }),
    contact({ lenderId: 'L1', at: bj('2026-03-03', '10:00:00'), flags: ['threat'] }),
    contact({ lenderId: 'L1', at: bj('2026-03-03', '22:10:00'), flags: ['third-party'] }),
  ]);
}

describe('report query: the findings come from the background snapshot', () => {
  it('equal findAll over the same records, in the same order', async () => {
    const db = await freshDb({ jurisdiction: 'CN' });
    await seed(db);
    const refresh = vi.fn(() => refreshFindingsSnapshot(db, () => 1));
    const input = await readReportInput(refresh, db);
    expect(refresh).toHaveBeenCalledTimes(1); // the snapshot was behind the records
    const expected = findAll({
      contacts: await db.contacts.toArray(),
      agreements: await db.agreements.toArray(),
      installments: await db.installments.toArray(),
      lenders: await db.lenders.toArray(),
      jurisdiction: 'CN',
    });
    expect(expected.length).toBeGreaterThan(2);
    expect(input.findings).toEqual(expected);
    expect(input.contacts).toHaveLength(3);
    expect(await readReportInput(refresh, db)).toEqual(input);
    expect(refresh).toHaveBeenCalledTimes(1); // current now: nothing to ask
  });

  it('never shows an outdated snapshot, and gives up with an error if it stays behind', async () => {
    const db = await freshDb();
    await seed(db);
    await refreshFindingsSnapshot(db, () => 1);
    expect(await currentFindings(db)).toBeDefined();
    await db.contacts.add(contact({ lenderId: 'L1', at: bj('2026-03-04', '23:00:00') }));
    expect(await currentFindings(db)).toBeUndefined();
    await expect(readReportInput(async () => undefined, db)).rejects.toThrow();
  });

  it('leaves the evidence bytes out', async () => {
    const db = await freshDb();
    await db.evidence.add({
      id: 'E1',
      createdAt: 1,
      name: 'a.txt',
      mime: 'text/plain',
      size: 1,
      sha256: 'a'.repeat(64),
      blob: new Blob(['a']),
    } as never);
    const input = await readReportInput(() => refreshFindingsSnapshot(db, () => 1), db);
    expect(input.evidence[0]).not.toHaveProperty('blob');
    expect(input.findings).toEqual([]);
  });
});
