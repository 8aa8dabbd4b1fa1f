import type { Installment, Reminder } from '../../model/records';
import { addDays } from '../plan/iso-date';
import { localMoment } from '../time/wall-clock';

/** A reminder as the plan wants it; the repository adds id and createdAt. */
export type DesiredReminder = Omit<Reminder, 'id' | 'createdAt'>;

/** Reminders fire at 09:00 on the user's wall clock: awake, before most due times. */
export const REMINDER_HOUR = 9;
export type ToEpoch = (isoDate: string, hour: number) => number;

const INSTALLMENT_KINDS = new Set<Reminder['kind']>(['installment-before', 'installment-due', 'installment-overdue']);
export const isInstallmentKind = (k: Reminder['kind']) => INSTALLMENT_KINDS.has(k);

export function settled(i: Installment): boolean {
  return i.paidOn !== undefined && (i.paidFen ?? 0) >= i.amountFen;
}

/**
 * 3 days before, on the day, and the day after (overdue) for each unpaid
 * instalment. The key holds kind, instalment and due date, so rebuilding the
 * list (after a restart, an edit) yields the same keys and never duplicates.
 * "Before" and "on the day" reminders already in the past are not created:
 * a plan entered late should not ring for days that are gone.
 */
export function installmentReminders(installments: readonly Installment[], now: number, toEpoch: ToEpoch = localMoment): DesiredReminder[] {
  const out: DesiredReminder[] = [];
  for (const i of installments) {
    if (settled(i)) continue;
    const slots = [
      ['installment-before', addDays(i.dueDate, -3)],
      ['installment-due', i.dueDate],
      ['installment-overdue', addDays(i.dueDate, 1)],
    ] as const;
    for (const [kind, date] of slots) {
      const fireAt = toEpoch(date, REMINDER_HOUR);
      if (kind !== 'installment-overdue' && fireAt < now) continue;
      out.push({ key: `${kind}:${i.id}:${i.dueDate}`, kind, targetType: 'installment', targetId: i.id, fireAt, text: '', done: false });
    }
  }
  return out;
}

export const FOLLOW_UPS = [
  { slot: 'agency-told', days: 3 },
  { slot: 'collection-stopped', days: 7 },
] as const;
export type FollowUpSlot = (typeof FOLLOW_UPS)[number]['slot'];

/** The follow-up slot a reminder key names, for rendering its default text. */
export function followUpSlot(key: string): FollowUpSlot | undefined {
  const slot = key.split(':')[2];
  return FOLLOW_UPS.find((f) => f.slot === slot)?.slot;
}

/**
 * The two tasks created with each new agreement, counted from the later of
 * the negotiation date and today (an agreement recorded late still gets them).
 * Text stays empty: the UI renders the default in the user's language until
 * the user writes their own.
 */
export function followUpReminders(
  agreementId: string,
  negotiatedOn: string,
  today: string,
  toEpoch: ToEpoch = localMoment,
): DesiredReminder[] {
  const start = negotiatedOn > today ? negotiatedOn : today;
  return FOLLOW_UPS.map((f) => ({
    key: `follow-up:${agreementId}:${f.slot}`,
    kind: 'follow-up' as const,
    targetType: 'agreement' as const,
    targetId: agreementId,
    fireAt: toEpoch(addDays(start, f.days), REMINDER_HOUR),
    text: '',
    done: false,
  }));
}

export interface ReminderChanges {
  add: DesiredReminder[];
  removeIds: string[];
  /** Fired reminders of instalments now paid in full: done, so they leave the overdue list (kept as history). */
  doneIds: string[];
}

/**
 * What to change so that the stored instalment reminders of one plan match
 * the desired ones. Existing keys are kept as they are (fired or done state
 * survives); unfired reminders no longer wanted go; every reminder of an
 * instalment that no longer exists goes, fired or not (nothing orphaned).
 */
export function reconcileInstallmentReminders(
  existing: readonly Reminder[],
  desired: readonly DesiredReminder[],
  installmentIds: ReadonlySet<string>,
  settledIds: ReadonlySet<string> = new Set(),
): ReminderChanges {
  const wanted = new Set(desired.map((d) => d.key));
  const have = new Set(existing.map((r) => r.key));
  const removeIds = existing
    .filter((r) => isInstallmentKind(r.kind))
    .filter((r) => !installmentIds.has(r.targetId) || (!wanted.has(r.key) && r.firedAt === undefined))
    .map((r) => r.id);
  const removed = new Set(removeIds);
  const doneIds = existing
    .filter((r) => isInstallmentKind(r.kind) && !removed.has(r.id) && !r.done && settledIds.has(r.targetId))
    .map((r) => r.id);
  const seen = new Set<string>();
  const add = desired.filter((d) => !have.has(d.key) && !seen.has(d.key) && seen.add(d.key));
  return { add, removeIds, doneIds };
}
