import type { Reminder } from '../../model/records';

/** Reminders to show now: due, not yet shown, not dismissed. Oldest first. */
export function dueReminders(all: readonly Reminder[], now: number): Reminder[] {
  return all.filter((r) => !r.done && r.firedAt === undefined && r.fireAt <= now).sort((a, b) => a.fireAt - b.fireAt);
}

/** When the single wake-up alarm should ring next (undefined: nothing pending). */
export function nextFireAt(all: readonly Reminder[], now: number): number | undefined {
  let next: number | undefined;
  for (const r of all) {
    if (r.done || r.firedAt !== undefined || r.fireAt <= now) continue;
    if (next === undefined || r.fireAt < next) next = r.fireAt;
  }
  return next;
}
