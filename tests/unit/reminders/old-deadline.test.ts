import { describe, expect, it, vi } from 'vitest';
import { freshDb } from '../helpers/db';
import { runReminders, type ReminderEffects } from '@/utils/background/reminders';
import { resyncComplaintReminders } from '@/utils/db/repos/complaint-reminders';
import { answerDue } from '@/utils/domain/complaints/deadline';
import { addCalendarDays, addWorkingDays } from '@/utils/domain/time/working-days';
import { localMoment } from '@/utils/domain/time/wall-clock';
import { channelById } from '@/utils/sites';
import type { Complaint, Reminder } from '@/utils/model/records';
import type { NgDatabase } from '@/utils/db/schema';

// Reminders scheduled before the deadline data was corrected.
// Round 1 gave an NFRA complaint an "answer due" after 15 working days (NFRA publishes none)
// and a PBOC 征信 complaint 30 days from sending (the 30 days run from acceptance).

const sent = new Date(2026, 9, 12, 10).getTime(); // 2026-10-12, local
const OLD_NFRA_DUE = addWorkingDays('2026-10-12', 15).date;
const OLD_PBOC_DUE = addCalendarDays('2026-10-12', 30);
const morningAfter = (iso: string) => localMoment(addCalendarDays(iso, 1), 9);

function effects() {
  return {
    notify: vi.fn(async (_id: string, _title: string, _message: string) => {}),
    setAlarm: vi.fn(async (_when: number | undefined) => {}),
    locale: 'en' as const,
    currency: 'CNY' as const,
  } satisfies ReminderEffects;
}

/** A complaint and its reminder exactly as the old code stored them. */
async function storeOld(db: NgDatabase, id: string, channelId: string, due: string): Promise<Reminder> {
  const c: Complaint = {
    id,
    channelId,
    url: 'https://www.example.cn/',
    createdAt: sent,
    submittedAt: sent,
    referenceNo: 'R1',
    status: 'submitted',
    answerDue: due,
    sections: {},
    contactIds: [],
    notes: '',
    updatedAt: sent,
  };
  await db.complaints.add(c);
  const r: Reminder = {
    id: `rem-${id}`,
    key: `complaint-answer:${id}:${due}`,
    kind: 'complaint-answer',
    targetType: 'complaint',
    targetId: id,
    fireAt: morningAfter(due),
    text: '',
    done: false,
    createdAt: sent,
  };
  await db.reminders.add(r);
  return r;
}

describe('complaint reminders scheduled from older deadline data', () => {
  it('an old NFRA "answer deadline passed" reminder fires re-worded: NFRA has no verified answer deadline', async () => {
    const db = await freshDb();
    const r = await storeOld(db, 'c-nfra', 'nfra', OLD_NFRA_DUE);
    await resyncComplaintReminders(db, sent); // the update's wake-up keeps it (the user may have typed the date)…
    expect((await db.reminders.get(r.id))?.fireAt).toBe(r.fireAt);
    const fx = effects();
    expect(await runReminders(db, r.fireAt + 1000, fx)).toBe(1);
    const [, title, message] = fx.notify.mock.calls[0]!;
    // … but it no longer says a deadline passed.
    expect(title).not.toMatch(/deadline/i);
    expect(title).toContain('the date you noted');
    expect(message).toContain('has no verified answer deadline');
    expect(message).toContain(channelById('nfra')!.name.en);
  });

  it('an old PBOC reminder is re-worded, and the due date the current data gives gets the "deadline passed" one', async () => {
    const db = await freshDb();
    const r = await storeOld(db, 'c-pboc', 'pboc', OLD_PBOC_DUE);
    const current = answerDue(channelById('pboc'), '2026-10-12')!;
    expect(current > OLD_PBOC_DUE).toBe(true);
    await resyncComplaintReminders(db, sent);
    const all = await db.reminders.where('[targetType+targetId]').equals(['complaint', 'c-pboc']).toArray();
    expect(all.map((x) => x.key).sort()).toEqual([`complaint-answer:c-pboc:${OLD_PBOC_DUE}`, `complaint-answer:c-pboc:${current}`].sort());
    // The old date (kept: the user may have typed it) no longer says a deadline passed; it names the real one.
    const fx = effects();
    expect(await runReminders(db, r.fireAt + 1000, fx)).toBe(1);
    const [, title, message] = fx.notify.mock.calls[0]!;
    expect(title).not.toMatch(/deadline/i);
    expect(message).toContain(current);
    // The real deadline: the plain wording.
    const fx2 = effects();
    expect(await runReminders(db, morningAfter(current) + 1000, fx2)).toBe(1);
    expect(fx2.notify.mock.calls[0]![1]).toContain('answer deadline has passed');
  });

  it('an old PBOC reminder that fires before any wake-up re-derived it is re-worded too', async () => {
    const db = await freshDb();
    const r = await storeOld(db, 'c-pboc2', 'pboc', OLD_PBOC_DUE);
    const fx = effects();
    expect(await runReminders(db, r.fireAt + 1000, fx)).toBe(1);
    expect(fx.notify.mock.calls[0]![1]).toContain('the date you noted');
  });

  it('a reminder the current data confirms, and one on the lender’s own channel, keep the plain wording', async () => {
    const db = await freshDb();
    const current = answerDue(channelById('pboc'), '2026-10-12')!;
    await storeOld(db, 'c-ok', 'pboc', current);
    await storeOld(db, 'c-lender', 'lender', '2026-10-20');
    await resyncComplaintReminders(db, sent);
    expect(await db.reminders.count()).toBe(2);
    const fx = effects();
    expect(await runReminders(db, morningAfter(current) + 1000, fx)).toBe(2);
    for (const [, title] of fx.notify.mock.calls) expect(title).toContain('answer deadline has passed');
  });
});
