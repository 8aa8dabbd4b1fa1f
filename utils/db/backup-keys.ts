// The backup reminder's state lives in the settings table (so it travels with
// the database, and every context reads the same thing). The change counter is
// kept by the change-token middleware (utils/db/change-tokens.ts); the rest by
// utils/db/repos/backup-state.ts.
export const BACKUP_SETTING = {
  enabled: 'backup.reminder',
  lastAt: 'backup.lastAt',
  changes: 'backup.changes',
  firstChangeAt: 'backup.firstChangeAt',
  remindedAt: 'backup.remindedAt',
} as const;

/** Writes of the reminder's own bookkeeping are not changes to back up. */
export const isBackupBookkeeping = (key: unknown): boolean => typeof key === 'string' && key.startsWith('backup.');
