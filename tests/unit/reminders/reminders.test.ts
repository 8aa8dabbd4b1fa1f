import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../helpers/db';
import type { NgDatabase } from '@/utils/db/schema';
import type { Installment, Reminder } from '@/utils/model/records';
import {
  followUpReminders,
  followUpSlot,
  installmentReminders,
  reconcileInstallmentReminders,
} from '@/utils/domain/reminders/plan-reminders';
import { dueReminders, nextFireAt } from '@/utils/domain/reminders/due';
import { addAgreement } from '@/utils/db/repos/agreements';
import { savePlan } from '@/utils/db/repos/installments';
import { markFired, resyncAllReminders, updateReminder } from '@/utils/db/repos/reminders';

// A fixed UTC+8 wall clock so the tests do not depend on the machine's zone.
const utc8 = (date: string, hour: number) => Date.parse(`${date}T${String(hour).padStart(2, '0')}:00:00+08:00`);
const inst = (id: string, dueDate: string, paid = false): Installment => ({
  id,
  agreementId: 'a',
  seq: 1,
  dueDate,
  amountFen: 100,
  ...(paid ? { paidOn: dueDate, paidFen: 100 } : {}),
});
const asStored = (d: ReturnType<typeof installmentReminders>, now: number): Reminder[] =>
  d.map((r, k) => ({ ...r, id: `r${k}`, createdAt: now }));

describe('instalment reminders (pure)', () => {
  const now = utc8('2026-11-22', 12);
  it('schedules 3 days before, on the day and the day after, at 09:00 local', () => {
    const r = installmentReminders([inst('i1', '2026-12-01')], now, utc8);
    expect(r.map((x) => [x.kind, new Date(x.fireAt).toISOString()])).toEqual([
      ['installment-before', '2026-11-28T01:00:00.000Z'],
      ['installment-due', '2026-12-01T01:00:00.000Z'],
      ['installment-overdue', '2026-12-02T01:00:00.000Z'],
    ]);
  });
  it('skips paid instalments and "before"/"due" times already past, keeps the overdue one', () => {
    expect(installmentReminders([inst('i1', '2026-12-01', true)], now, utc8)).toEqual([]);
    expect(installmentReminders([inst('i2', '2026-11-23')], now, utc8).map((x) => x.kind)).toEqual([
      'installment-due',
      'installment-overdue',
    ]);
    expect(installmentReminders([inst('i3', '2026-11-01')], now, utc8).map((x) => x.kind)).toEqual(['installment-overdue']);
  });
  it('reconciling twice adds nothing the second time (restart does not duplicate)', () => {
    const desired = installmentReminders([inst('i1', '2026-12-01'), inst('i2', '2027-01-01')], now, utc8);
    const first = reconcileInstallmentReminders([], desired, new Set(['i1', 'i2']));
    expect(first.add).toHaveLength(6);
    const second = reconcileInstallmentReminders(asStored(first.add, now), desired, new Set(['i1', 'i2']));
    expect(second).toEqual({ add: [], removeIds: [], doneIds: [] });
  });
  it('moves reminders when a due date changes, and removes every reminder of a deleted instalment', () => {
    const stored = asStored(installmentReminders([inst('i1', '2026-12-01'), inst('i2', '2027-01-01')], now, utc8), now);
    stored[2]!.firedAt = now; // the overdue one of i1 already rang
    const moved = installmentReminders([inst('i1', '2026-12-05')], now, utc8);
    const ch = reconcileInstallmentReminders(stored, moved, new Set(['i1']));
    expect(ch.add.map((r) => r.key)).toEqual(moved.map((r) => r.key));
    // i1's two unfired old ones go, its fired one stays as history; all three of i2 go.
    expect(ch.removeIds.sort()).toEqual(['r0', 'r1', 'r3', 'r4', 'r5']);
  });
  it('follow-ups at +3 and +7 days from the later of negotiation day and today', () => {
    const f = followUpReminders('a1', '2026-11-01', '2026-11-22', utc8);
    expect(f.map((x) => [followUpSlot(x.key), new Date(x.fireAt).toISOString().slice(0, 10)])).toEqual([
      ['agency-told', '2026-11-25'],
      ['collection-stopped', '2026-11-29'],
    ]);
    expect(new Date(followUpReminders('a1', '2026-12-10', '2026-11-22', utc8)[0]!.fireAt).toISOString().slice(0, 10)).toBe('2026-12-13');
  });
  it('finds due reminders and the next wake-up, ignoring fired and done ones', () => {
    const base = { key: 'k', kind: 'follow-up', targetType: 'agreement', targetId: 'a', text: '', createdAt: 0 } as const;
    const all: Reminder[] = [
      { ...base, id: '1', key: '1', fireAt: 100, done: false },
      { ...base, id: '2', key: '2', fireAt: 50, done: false, firedAt: 60 },
      { ...base, id: '3', key: '3', fireAt: 80, done: true },
      { ...base, id: '4', key: '4', fireAt: 300, done: false },
      { ...base, id: '5', key: '5', fireAt: 200, done: false },
    ];
    expect(dueReminders(all, 150).map((r) => r.id)).toEqual(['1']);
    expect(nextFireAt(all, 150)).toBe(200);
    expect(nextFireAt(all.slice(0, 3), 150)).toBeUndefined();
  });
});

describe('reminders in the database', () => {
  let db: NgDatabase;
  beforeEach(async () => {
    db = await freshDb();
  });
  const NOW = Date.UTC(2026, 10, 22, 4, 0);

  it('resyncing after a restart, twice, never duplicates and keeps fired state', async () => {
    const a = await addAgreement(
      db,
      { lender: { name: '某贷', kind: 'platform' }, negotiatedOn: '2026-11-20', terms: { totalToRepayFen: 300 } },
      NOW,
    );
    await savePlan(
      db,
      {
        agreementId: a.id,
        rows: [
          { dueDate: '2026-12-01', amountFen: 100 },
          { dueDate: '2027-01-01', amountFen: 200 },
        ],
      },
      NOW,
    );
    const before = await db.reminders.toArray();
    await markFired(db, [before[0]!.id], NOW);
    await resyncAllReminders(db, NOW);
    await resyncAllReminders(db, NOW + 1000);
    const after = await db.reminders.toArray();
    expect(after.map((r) => r.key).sort()).toEqual(before.map((r) => r.key).sort());
    expect(after.find((r) => r.id === before[0]!.id)?.firedAt).toBe(NOW);
  });

  it('lets the user edit a follow-up task, not an instalment reminder', async () => {
    const a = await addAgreement(
      db,
      { lender: { name: '某贷', kind: 'platform' }, negotiatedOn: '2026-11-20', terms: { totalToRepayFen: 300 } },
      NOW,
    );
    await savePlan(db, { agreementId: a.id, rows: [{ dueDate: '2026-12-01', amountFen: 300 }] }, NOW);
    const all = await db.reminders.toArray();
    const f = all.find((r) => r.kind === 'follow-up')!;
    const edited = await updateReminder(db, { id: f.id, text: '打电话给催收公司', fireAt: NOW + 86_400_000 });
    expect(edited).toMatchObject({ text: '打电话给催收公司', fireAt: NOW + 86_400_000 });
    const i = all.find((r) => r.kind === 'installment-due')!;
    await expect(updateReminder(db, { id: i.id, text: 'x' })).rejects.toMatchObject({ data: { field: 'text' } });
    await expect(updateReminder(db, { id: i.id, done: true })).resolves.toMatchObject({ done: true });
  });
});
