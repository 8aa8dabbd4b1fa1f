import { describe, expect, it, vi } from 'vitest';
import { freshDb } from '../helpers/db';
import { addAgreement } from '@/utils/db/repos/agreements';
import { savePlan } from '@/utils/db/repos/installments';
import { resyncAllReminders } from '@/utils/db/repos/reminders';
import { reminderUrl, runReminders, type ReminderEffects } from '@/utils/background/reminders';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 22, 4, 0);

function effects() {
  const fx = {
    notify: vi.fn(async (_id: string, _title: string, _message: string) => {}),
    setAlarm: vi.fn(async (_when: number | undefined) => {}),
    locale: 'en' as const,
    currency: 'CNY' as const,
  } satisfies ReminderEffects;
  return fx;
}

describe('background reminders', () => {
  it('shows each due reminder once, also across a restart, and arms the alarm for the next one', async () => {
    const db = await freshDb();
    const a = await addAgreement(
      db,
      { lender: { catalogId: 'card-cmb' }, negotiatedOn: '2026-11-20', terms: { totalToRepayFen: 50_000 } },
      NOW,
    );
    await savePlan(db, { agreementId: a.id, rows: [{ dueDate: '2026-11-30', amountFen: 50_000 }] }, NOW);

    // Ten days later, with the browser closed in between: the missed ones all show.
    const later = NOW + 10 * DAY;
    const fx = effects();
    expect(await runReminders(db, later, fx)).toBe(5); // 2 follow-ups + before + due + overdue
    const [, title, message] = fx.notify.mock.calls.find((c) => String(c[1]).includes('overdue'))!;
    expect(title).toContain('China Merchants Bank credit card');
    expect(message).toContain('¥500.00');

    // The worker restarts: resync and run again. Nothing shows twice.
    await resyncAllReminders(db, later);
    const fx2 = effects();
    expect(await runReminders(db, later + 1000, fx2)).toBe(0);
    expect(fx2.notify).not.toHaveBeenCalled();
    expect(fx2.setAlarm).toHaveBeenLastCalledWith(undefined);
  });

  it('arms the alarm at the earliest pending reminder and links a click to the item', async () => {
    const db = await freshDb();
    const a = await addAgreement(
      db,
      { lender: { name: 'X', kind: 'platform' }, negotiatedOn: '2026-11-20', terms: { totalToRepayFen: 100 } },
      NOW,
    );
    const [inst] = await savePlan(db, { agreementId: a.id, rows: [{ dueDate: '2026-12-20', amountFen: 100 }] }, NOW);
    const fx = effects();
    expect(await runReminders(db, NOW, fx)).toBe(0);
    const all = await db.reminders.toArray();
    expect(fx.setAlarm).toHaveBeenCalledWith(Math.min(...all.map((r) => r.fireAt)));
    const due = all.find((r) => r.kind === 'installment-due')!;
    expect(await reminderUrl(db, due.id)).toBe(`/dashboard.html#/agreements/${a.id}?installment=${inst!.id}`);
    const f = all.find((r) => r.kind === 'follow-up')!;
    expect(await reminderUrl(db, f.id)).toBe(`/dashboard.html#/agreements/${a.id}?reminder=${f.id}`);
  });

  it('also shows complaint-answer reminders (opening the complaint) and leaves kinds it does not own alone', async () => {
    const db = await freshDb();
    const base = { text: '', done: false, createdAt: NOW, fireAt: NOW - 1000 };
    await db.reminders.bulkAdd([
      { ...base, id: 'c1', key: 'complaint-answer:cmp1:2026-11-20', kind: 'complaint-answer', targetType: 'complaint', targetId: 'cmp1' },
      { ...base, id: 'b1', key: 'backup:x', kind: 'backup', targetType: 'backup', targetId: 'x' },
    ]);
    const fx = effects();
    expect(await runReminders(db, NOW, fx)).toBe(1);
    expect(fx.notify.mock.calls[0]![1]).toContain('complaint answer deadline');
    expect((await db.reminders.get('b1'))?.firedAt).toBeUndefined();
    expect(await reminderUrl(db, 'c1')).toBe('/dashboard.html#/complaints/cmp1');
  });
});
