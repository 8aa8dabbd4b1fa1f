import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../helpers/db';
import type { NgDatabase } from '@/utils/db/schema';
import { addAgreement } from '@/utils/db/repos/agreements';
import { markPaid, savePlan } from '@/utils/db/repos/installments';
import { markFired } from '@/utils/db/repos/reminders';
import { dueReminders } from '@/utils/domain/reminders/due';

describe('reminders of a paid instalment leave the overdue list', () => {
  let db: NgDatabase;
  beforeEach(async () => {
    db = await freshDb();
  });

  it("a fired overdue reminder is done once the instalment is paid in full; the other instalment's stays", async () => {
    const created = Date.UTC(2026, 10, 1, 4, 0);
    const a = await addAgreement(
      db,
      { lender: { name: '某贷', kind: 'platform' }, negotiatedOn: '2026-10-30', terms: { totalToRepayFen: 300 } },
      created,
    );
    await savePlan(
      db,
      {
        agreementId: a.id,
        rows: [
          { dueDate: '2026-11-10', amountFen: 100 },
          { dueDate: '2026-11-12', amountFen: 200 },
        ],
      },
      created,
    );
    const later = Date.UTC(2026, 10, 20, 4, 0);
    const insts = await db.installments.where('agreementId').equals(a.id).sortBy('seq');
    const overdue = (await db.reminders.toArray()).filter((r) => r.kind === 'installment-overdue');
    expect(overdue).toHaveLength(2);
    await markFired(
      db,
      overdue.map((r) => r.id),
      later,
    );

    await markPaid(db, { id: insts[0]!.id, paidOn: '2026-11-19', paidFen: 100 }, later);

    const after = await db.reminders.toArray();
    const ofPaid = after.filter((r) => r.targetId === insts[0]!.id);
    const ofUnpaid = after.filter((r) => r.targetId === insts[1]!.id && r.kind === 'installment-overdue');
    expect(ofPaid.length).toBeGreaterThan(0);
    expect(ofPaid.every((r) => r.done)).toBe(true);
    expect(ofUnpaid.map((r) => r.done)).toEqual([false]);
    expect(dueReminders(after, later).some((r) => r.targetId === insts[0]!.id)).toBe(false);
  });
});
