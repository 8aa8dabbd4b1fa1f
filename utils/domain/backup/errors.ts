import { AppError } from '../../model/errors';

/** Every way a backup file can be refused; each has its own sentence in the UI. */
export type BackupErrorKind =
  'not-backup' | 'password-needed' | 'wrong-password' | 'damaged' | 'newer-version' | 'invalid-record' | 'quota' | 'file-changed';

const KEYS: Record<BackupErrorKind, string> = {
  'not-backup': 'backup.error.notBackup',
  'password-needed': 'backup.error.passwordNeeded',
  'wrong-password': 'backup.error.wrongPassword',
  damaged: 'backup.error.damaged',
  'newer-version': 'backup.error.newerVersion',
  'invalid-record': 'backup.error.invalidRecord',
  quota: 'error.quota',
  'file-changed': 'hardening.error.fileChanged',
};

/**
 * A refused backup. It is an AppError, so the shared ErrorMessage component
 * shows it in the user's language; `kind` lets code and tests tell them apart.
 */
export class BackupError extends AppError {
  constructor(
    readonly kind: BackupErrorKind,
    message: string,
    params?: Record<string, string | number>,
  ) {
    super({
      code: kind === 'quota' ? 'quota' : 'invalid-input',
      messageKey: KEYS[kind],
      message,
      ...(params ? { params } : {}),
    });
    this.name = 'BackupError';
  }
}

export function damaged(why: string): BackupError {
  return new BackupError('damaged', `the backup file is damaged: ${why}`);
}
