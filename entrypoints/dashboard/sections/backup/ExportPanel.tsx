import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useLive } from '@/components/useLive';
import { getDb } from '@/utils/db/connection';
import { backupReminderState } from '@/utils/db/queries/dashboard';
import { backupFileName, exportBackup } from '@/utils/backup/backup-file';
import { rpc } from '@/utils/rpc/client';
import { formatDateTime } from '@/utils/i18n/format';
import { getLocale, t } from '@/utils/i18n/translate';
import { backupErrorText } from './backup-error';
import { downloadBlob, percent } from './download';

const MIN_PASSWORD = 8;

/** Export: optional password (typed twice), progress, then a download. */
export function ExportPanel() {
  const state = useLive(() => backupReminderState(), []);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState('');
  const [done, setDone] = useState('');

  const passwordError =
    password && password.length < MIN_PASSWORD
      ? t('backup.password.tooShort')
      : password && confirm !== password
        ? t('backup.password.mismatch')
        : '';

  async function run(e: Event) {
    e.preventDefault();
    if (passwordError) return setError(passwordError);
    setError('');
    setDone('');
    setProgress(0);
    try {
      const now = Date.now();
      const blob = await exportBackup(getDb(), {
        ...(password ? { password } : {}),
        appVersion: browser.runtime.getManifest().version,
        now,
        onProgress: (d, total) => setProgress(percent(d, total)),
      });
      const name = backupFileName(now);
      downloadBlob(blob, name);
      await rpc('backup.markDone', {});
      setDone(t('backup.export.done', { name }));
    } catch (err) {
      setError(backupErrorText(err));
    } finally {
      setProgress(null);
    }
  }

  return (
    <form onSubmit={(e) => void run(e)} aria-labelledby="backup-export-title">
      <h3 id="backup-export-title">{t('backup.export.title')}</h3>
      <p class="muted">{t('backup.export.hint')}</p>
      {state && (
        <p data-testid="backup-last">
          {state.lastBackupAt ? t('backup.last', { date: formatDateTime(state.lastBackupAt, getLocale()) }) : t('backup.last.never')}{' '}
          {state.changesSince > 0 && t('backup.changes', { count: state.changesSince })}
        </p>
      )}
      <label>
        {t('backup.password.label')}
        <input
          type="password"
          name="backup-password"
          autocomplete="new-password"
          value={password}
          onInput={(e) => setPassword(e.currentTarget.value)}
        />
      </label>
      {password && (
        <>
          <label>
            {t('backup.password.confirm')}
            <input
              type="password"
              name="backup-password-confirm"
              autocomplete="new-password"
              value={confirm}
              onInput={(e) => setConfirm(e.currentTarget.value)}
              aria-invalid={passwordError ? true : undefined}
            />
          </label>
          <p class="muted">{t('backup.password.warning')}</p>
        </>
      )}
      <button type="submit" data-testid="backup-export" disabled={progress !== null}>
        {t('backup.export.button')}
      </button>
      {progress !== null && (
        <p role="status">
          <progress max={100} value={progress} aria-label={t('backup.progress', { percent: progress })} />{' '}
          {t('backup.progress', { percent: progress })}
        </p>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {done && (
        <p class="ok" role="status" data-testid="backup-export-done">
          {done}
        </p>
      )}
      {state && (
        <label class="inline">
          <input
            type="checkbox"
            name="backup-reminder"
            checked={state.enabled}
            onChange={(e) =>
              void rpc('backup.setReminder', { enabled: e.currentTarget.checked }).catch((err: unknown) => setError(backupErrorText(err)))
            }
          />
          {t('backup.reminder.label')}
        </label>
      )}
    </form>
  );
}
