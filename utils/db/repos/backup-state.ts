import type { BackupReminderState } from '../../domain/backup/reminder';
import type { NgDatabase } from '../schema';
import { BACKUP_SETTING } from '../backup-keys';
import { TOKEN_KEYS } from '../change-tokens';

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/**
 * Also reads the backup token: the middleware counts changes on the raw
 * IndexedDB transaction, so a liveQuery over this function re-runs because
 * the token (written through Dexie) moved with the count.
 */
export async function getReminderState(db: NgDatabase): Promise<BackupReminderState> {
  const [rows] = await db.transaction('r', db.settings, db.derived, () =>
    Promise.all([db.settings.bulkGet(Object.values(BACKUP_SETTING)), db.derived.get(TOKEN_KEYS.backup)]),
  );
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

// Each change is counted by the change-token middleware, in the writer's own
// transaction (utils/db/change-tokens.ts): no write path can forget it.

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
