import * as v from 'valibot';
import { newId } from '../../model/ids';
import { ReminderSchema, type Complaint } from '../../model/records';
import type { NgDatabase } from '../schema';
import { channelById } from '../../sites';
import { staleDue } from '../../domain/complaints/stale-due';
import { addCalendarDays } from '../../domain/time/working-days';
import { localMoment } from '../../domain/time/wall-clock';
import { REMINDER_HOUR } from '../../domain/reminders/plan-reminders';

/** Statuses still waiting for an answer: only these keep a "deadline passed" reminder. */
const WAITING = new Set<Complaint['status']>(['submitted', 'acknowledged']);

/**
 * The dates a waiting complaint's reminders ring after: the due date it
 * carries, and, where that no longer follows from the channel's current
 * deadline data but the data gives one, the data's date as well. The stored
 * date may be one the user typed, so it is kept; the reminder text says
 * whether a date is a confirmed answer deadline (utils/domain/reminders/complaint-basis.ts).
 */
function reminderDates(c: Complaint): string[] {
  if (!c.answerDue || !WAITING.has(c.status)) return [];
  const current = staleDue(c, channelById(c.channelId))?.current;
  return current ? [c.answerDue, current] : [c.answerDue];
}

const keyOf = (c: Complaint, date: string) => `complaint-answer:${c.id}:${date}`;

/**
 * Keeps the complaint's 'complaint-answer' reminders in line with it: due
 * the morning after each date, only while an answer is awaited; one that still
 * fits is left as it is (fired or not). Runs inside the caller's transaction
 * (complaints + reminders).
 */
export async function syncReminder(db: NgDatabase, c: Complaint, now: number): Promise<void> {
  const existing = await db.reminders.where('[targetType+targetId]').equals(['complaint', c.id]).toArray();
  const dates = reminderDates(c);
  const wanted = new Set(dates.map((d) => keyOf(c, d)));
  const stale = existing.filter((r) => r.kind === 'complaint-answer' && !wanted.has(r.key) && !r.done);
  await db.reminders.bulkDelete(stale.map((r) => r.id));
  for (const date of dates) {
    const key = keyOf(c, date);
    if (existing.some((r) => r.key === key)) continue;
    await db.reminders.add(
      v.parse(ReminderSchema, {
        id: newId(),
        key,
        kind: 'complaint-answer',
        targetType: 'complaint',
        targetId: c.id,
        fireAt: localMoment(addCalendarDays(date, 1), REMINDER_HOUR),
        text: '',
        done: false,
        createdAt: now,
      }),
    );
  }
}

/**
 * On wake-up after an install or update: every complaint's reminders
 * re-derived from the channel's current deadline data (stable keys).
 */
export async function resyncComplaintReminders(db: NgDatabase, now: number): Promise<void> {
  await db.transaction('rw', [db.complaints, db.reminders], async () => {
    for (const c of await db.complaints.toArray()) await syncReminder(db, c, now);
  });
}
