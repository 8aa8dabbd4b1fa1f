import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb, snapshot } from '../helpers/db';
import type { NgDatabase } from '@/utils/db/schema';
import { addAgreement, deleteAgreement, restoreAgreement, updateAgreement } from '@/utils/db/repos/agreements';
import { markPaid, savePlan, unmarkPaid } from '@/utils/db/repos/installments';
import { addContact } from '@/utils/db/repos/contacts';
import { deleteLender } from '@/utils/db/repos/lenders';
import { buildSchedule } from '@/utils/domain/plan/schedule';
import { AppError } from '@/utils/model/errors';

const NOW = Date.UTC(2026, 10, 22, 4, 0); // 2026-11-22
let db: NgDatabase;
beforeEach(async () => {
  db = await freshDb();
});

const input = (over: Record<string, unknown> = {}) => ({
  lender: { catalogId: 'card-cmb' },
  negotiatedOn: '2026-11-20',
  terms: { owedBeforeFen: 700_000, totalToRepayFen: 600_000 },
  ...over,
});

async function fieldOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e.data.field;
    throw e;
  }
  throw new Error('expected a failure');
}

async function withPlan() {
  const a = await addAgreement(db, input(), NOW);
  const rows = buildSchedule({ totalFen: 600_000, count: 6, firstDue: '2026-12-01', frequency: 'monthly' });
  const plan = await savePlan(db, { agreementId: a.id, rows: rows.map(({ dueDate, amountFen }) => ({ dueDate, amountFen })) }, NOW);
  return { a, plan };
}

describe('agreements repository', () => {
  it('creates the catalogue lender once and two follow-up tasks per agreement', async () => {
    const a = await addAgreement(db, input(), NOW);
    await addAgreement(db, input(), NOW);
    expect(await db.lenders.count()).toBe(1);
    const followUps = await db.reminders.where('[targetType+targetId]').equals(['agreement', a.id]).toArray();
    expect(followUps.map((r) => r.key).sort()).toEqual([`follow-up:${a.id}:agency-told`, `follow-up:${a.id}:collection-stopped`]);
  });

  it('refuses a zero total and an unknown lender, writing nothing', async () => {
    const before = await snapshot(db);
    expect(await fieldOf(addAgreement(db, input({ terms: { totalToRepayFen: 0 } }), NOW))).toBe('terms.totalToRepayFen');
    expect(await fieldOf(addAgreement(db, input({ lender: { id: 'nope' } }), NOW))).toBe('lender');
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a total that no longer matches the plan, and a date after the first instalment', async () => {
    const { a } = await withPlan();
    expect(await fieldOf(updateAgreement(db, a.id, input({ terms: { totalToRepayFen: 600_001 } }), NOW))).toBe('terms.totalToRepayFen');
    expect(await fieldOf(updateAgreement(db, a.id, input({ negotiatedOn: '2026-12-02' }), NOW))).toBe('negotiatedOn');
  });

  it('deletes with unlink and leaves nothing pointing at the deleted agreement', async () => {
    const { a } = await withPlan();
    const c = await addContact(db, { at: NOW - 1000, channel: 'call', agreementId: a.id, summary: 'x' }, NOW);
    const snap = await deleteAgreement(db, a.id, 'unlink');
    expect(await db.installments.count()).toBe(0);
    expect((await db.reminders.toArray()).length).toBe(0);
    expect((await db.contacts.get(c.id))?.agreementId).toBeUndefined();
    expect(await db.agreements.count()).toBe(0);
    await restoreAgreement(db, snap);
    expect((await db.contacts.get(c.id))?.agreementId).toBe(a.id);
    expect(await db.installments.count()).toBe(6);
  });

  it('undo after delete puts every row back exactly', async () => {
    const { a } = await withPlan();
    await addContact(db, { at: NOW - 1000, channel: 'sms', agreementId: a.id, summary: 'y' }, NOW);
    const before = await snapshot(db, { derived: false });
    const snap = await deleteAgreement(db, a.id, 'delete');
    expect(await db.contacts.count()).toBe(0);
    await restoreAgreement(db, snap);
    expect(await snapshot(db, { derived: false })).toEqual(before);
  });

  it('refuses to delete a lender still in use', async () => {
    const { a } = await withPlan();
    await expect(deleteLender(db, a.lenderId)).rejects.toMatchObject({ data: { code: 'conflict' } });
  });
});

describe('plan repository', () => {
  it('saves 6 instalments adding up and schedules their reminders once', async () => {
    const { a, plan } = await withPlan();
    expect(plan.map((i) => i.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    const count = await db.reminders.count();
    expect(count).toBe(2 + 6 * 3);
    await savePlan(db, { agreementId: a.id, rows: plan.map(({ id, dueDate, amountFen }) => ({ id, dueDate, amountFen })) }, NOW);
    expect(await db.reminders.count()).toBe(count);
  });

  it('refuses a plan that does not add up, due dates before the agreement, and 0 rows, writing nothing', async () => {
    const a = await addAgreement(db, input(), NOW);
    const before = await snapshot(db);
    expect(await fieldOf(savePlan(db, { agreementId: a.id, rows: [{ dueDate: '2026-12-01', amountFen: 599_999 }] }, NOW))).toBe('rows');
    expect(await fieldOf(savePlan(db, { agreementId: a.id, rows: [{ dueDate: '2026-11-19', amountFen: 600_000 }] }, NOW))).toBe(
      'rows.0.dueDate',
    );
    expect(await fieldOf(savePlan(db, { agreementId: a.id, rows: [] }, NOW))).toBe('rows');
    expect(await snapshot(db)).toEqual(before);
  });

  it('marks paid, refuses paying more than owed, and drops the paid instalment reminders', async () => {
    const { plan } = await withPlan();
    const first = plan[0]!;
    await markPaid(db, { id: first.id, paidOn: '2026-11-22', paidFen: 100_000 }, NOW);
    const left = await db.reminders.where('[targetType+targetId]').equals(['installment', first.id]).count();
    expect(left).toBe(0);
    expect(await fieldOf(markPaid(db, { id: plan[1]!.id, paidOn: '2026-11-22', paidFen: 500_001 }, NOW))).toBe('paidFen');
    expect(await fieldOf(markPaid(db, { id: plan[1]!.id, paidOn: '2026-11-30', paidFen: 100 }, NOW))).toBe('paidOn');
    await unmarkPaid(db, first.id, NOW);
    expect((await db.installments.get(first.id))?.paidOn).toBeUndefined();
  });

  it('refuses to drop a paid instalment from the plan', async () => {
    const { a, plan } = await withPlan();
    await markPaid(db, { id: plan[0]!.id, paidOn: '2026-11-22', paidFen: 100_000 }, NOW);
    const rows = plan.slice(1).map(({ dueDate, amountFen }) => ({ dueDate, amountFen }));
    rows[0]!.amountFen += 100_000;
    expect(await fieldOf(savePlan(db, { agreementId: a.id, rows }, NOW))).toBe('rows');
  });
});
