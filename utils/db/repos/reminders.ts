import * as v from 'valibot';
import { invalid, notFound } from '../../model/errors';
import { newId } from '../../model/ids';
import { ReminderSchema, type Reminder } from '../../model/records';
import type { NgDatabase } from '../schema';
import {
  followUpReminders,
  installmentReminders,
  reconcileInstallmentReminders,
  settled,
  type DesiredReminder,
  type ToEpoch,
} from '../../domain/reminders/plan-reminders';
import { localIsoDate, localMoment } from '../../domain/time/wall-clock';
import { timestamp, shortText, id } from '../../model/fields';

async function addAll(db: NgDatabase, desired: readonly DesiredReminder[], now: number): Promise<void> {
  for (const d of desired) {
    // The unique key index is the last guard against duplicates.
    if (await db.reminders.where('key').equals(d.key).first()) continue;
    await db.reminders.add(v.parse(ReminderSchema, { ...d, id: newId(), createdAt: now }));
  }
}

/**
 * Brings one agreement's instalment reminders in line with its plan. Call
 * inside a transaction that covers installments and reminders.
 */
export async function rebuildPlanReminders(
  db: NgDatabase,
  agreementId: string,
  now: number,
  toEpoch: ToEpoch = localMoment,
): Promise<void> {
  const agreement = await db.agreements.get(agreementId);
  const installments = await db.installments.where('agreementId').equals(agreementId).toArray();
  const ids = new Set(installments.map((i) => i.id));
  const existing = installments.length
    ? await db.reminders
        .where('[targetType+targetId]')
        .anyOf([...ids].map((i) => ['installment', i]))
        .toArray()
    : [];
  // Only an active agreement rings; a completed or cancelled one keeps its history quiet.
  const desired = agreement?.status === 'active' ? installmentReminders(installments, now, toEpoch) : [];
  const settledIds = new Set(installments.filter(settled).map((i) => i.id));
  const { add, removeIds, doneIds } = reconcileInstallmentReminders(existing, desired, ids, settledIds);
  await db.reminders.bulkDelete(removeIds);
  for (const rid of doneIds) await db.reminders.update(rid, { done: true });
  await addAll(db, add, now);
}

/** The follow-up tasks of a new agreement (inside the agreement's transaction). */
export async function createFollowUps(
  db: NgDatabase,
  agreementId: string,
  negotiatedOn: string,
  now: number,
  toEpoch: ToEpoch = localMoment,
): Promise<void> {
  await addAll(db, followUpReminders(agreementId, negotiatedOn, localIsoDate(now), toEpoch), now);
}

/** After a restart: every active plan's reminders rebuilt; stable keys mean nothing doubles. */
export async function resyncAllReminders(db: NgDatabase, now: number, toEpoch: ToEpoch = localMoment): Promise<void> {
  await db.transaction('rw', [db.agreements, db.installments, db.reminders], async () => {
    const agreements = await db.agreements.toArray();
    for (const a of agreements) await rebuildPlanReminders(db, a.id, now, toEpoch);
  });
}

export const ReminderUpdateSchema = v.strictObject({
  id,
  text: v.optional(shortText),
  fireAt: v.optional(timestamp),
  done: v.optional(v.boolean()),
});

/** The user edits a reminder: text and time of follow-up tasks, "done" of any. */
export async function updateReminder(db: NgDatabase, input: v.InferInput<typeof ReminderUpdateSchema>): Promise<Reminder> {
  const p = v.parse(ReminderUpdateSchema, input);
  return db.transaction('rw', db.reminders, async () => {
    const r = await db.reminders.get(p.id);
    if (!r) throw notFound('reminder', p.id);
    if ((p.text !== undefined || p.fireAt !== undefined) && r.kind !== 'follow-up') {
      throw invalid('text', 'reminder.error.notEditable', 'only follow-up tasks can be edited');
    }
    const next: Reminder = { ...r, ...(p.text !== undefined ? { text: p.text } : {}), ...(p.done !== undefined ? { done: p.done } : {}) };
    if (p.fireAt !== undefined && p.fireAt !== r.fireAt) {
      next.fireAt = p.fireAt;
      delete next.firedAt; // a moved task rings again
    }
    await db.reminders.put(v.parse(ReminderSchema, next));
    return next;
  });
}

export async function markFired(db: NgDatabase, ids: readonly string[], now: number): Promise<void> {
  await db.reminders
    .where('id')
    .anyOf([...ids])
    .modify({ firedAt: now });
}
