import type { BackupReminderState } from '../../domain/backup/reminder';
import type { NgDatabase } from '../schema';

// The backup reminder's state lives in the settings table (so it travels with
// the database, and every context reads the same thing).
export const BACKUP_SETTING = {
  enabled: 'backup.reminder',
  lastAt: 'backup.lastAt',
  changes: 'backup.changes',
  firstChangeAt: 'backup.firstChangeAt',
  remindedAt: 'backup.remindedAt',
} as const;

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

export async function getReminderState(db: NgDatabase): Promise<BackupReminderState> {
  const rows = await db.settings.bulkGet(Object.values(BACKUP_SETTING));
  const value = (k: string) => rows.find((r) => r?.key === k)?.value;
  const lastBackupAt = num(value(BACKUP_SETTING.lastAt));
  const firstChangeAt = num(value(BACKUP_SETTING.firstChangeAt));
  const remindedAt = num(value(BACKUP_SETTING.remindedAt));
  return {
    enabled: value(BACKUP_SETTING.enabled) !== false,
    changesSince: num(value(BACKUP_SETTING.changes)) ?? 0,
    ...(lastBackupAt !== undefined ? { lastBackupAt } : {}),
    ...(firstChangeAt !== undefined ? { firstChangeAt } : {}),
    ...(remindedAt !== undefined ? { remindedAt } : {}),
  };
}

/** Counts one write since the last backup; returns the new count. */
export async function recordChange(db: NgDatabase, now: number): Promise<number> {
  return db.transaction('rw', db.settings, async () => {
    const current = num((await db.settings.get(BACKUP_SETTING.changes))?.value) ?? 0;
    if (current === 0) await db.settings.put({ key: BACKUP_SETTING.firstChangeAt, value: now });
    await db.settings.put({ key: BACKUP_SETTING.changes, value: current + 1 });
    return current + 1;
  });
}

export async function markBackedUp(db: NgDatabase, now: number): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    await db.settings.bulkPut([
      { key: BACKUP_SETTING.lastAt, value: now },
      { key: BACKUP_SETTING.changes, value: 0 },
    ]);
    await db.settings.delete(BACKUP_SETTING.firstChangeAt);
  });
}

export async function setReminderEnabled(db: NgDatabase, enabled: boolean): Promise<void> {
  await db.settings.put({ key: BACKUP_SETTING.enabled, value: enabled });
}

export async function markReminded(db: NgDatabase, now: number): Promise<void> {
  await db.settings.put({ key: BACKUP_SETTING.remindedAt, value: now });
}
