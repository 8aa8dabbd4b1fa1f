/** What the background knows about backups, kept in the settings table. */
export interface BackupReminderState {
  enabled: boolean;
  lastBackupAt?: number;
  /** Writes since the last backup (counted from the RPC's data-changed events). */
  changesSince: number;
  /** When the first of those writes happened: the clock for users who never backed up. */
  firstChangeAt?: number;
  remindedAt?: number;
}

const DAY = 24 * 60 * 60 * 1000;
export const REMIND_EVERY_MS = 30 * DAY;
export const REMIND_AFTER_CHANGES = 100;
/** At most one reminder a week, whatever triggers it: a reminder must not nag. */
export const REMINDER_SNOOZE_MS = 7 * DAY;

export type ReminderReason = 'monthly' | 'changes';

/**
 * Whether to remind the user to back up now. Nothing changed since the last
 * backup → never. Otherwise after many changes, or a month after the last
 * backup (or after the first unsaved change, for someone who never backed up).
 */
export function reminderDue(state: BackupReminderState, now: number): ReminderReason | null {
  if (!state.enabled || state.changesSince <= 0) return null;
  if (state.remindedAt !== undefined && now - state.remindedAt < REMINDER_SNOOZE_MS) return null;
  if (state.changesSince >= REMIND_AFTER_CHANGES) return 'changes';
  const since = state.lastBackupAt ?? state.firstChangeAt;
  if (since !== undefined && now - since >= REMIND_EVERY_MS) return 'monthly';
  return null;
}
