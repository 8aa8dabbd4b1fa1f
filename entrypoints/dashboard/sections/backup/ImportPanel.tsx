import { useState } from 'preact/hooks';
import { getDb } from '@/utils/db/connection';
import { applyBackup, BACKUP_EXTENSION, openBackup } from '@/utils/backup/backup-file';
import type { OpenedBackup } from '@/utils/backup/reader';
import type { RestoreMode } from '@/utils/domain/backup/merge';
import { BACKUP_TABLES } from '@/utils/domain/backup/tables';
import { t } from '@/utils/i18n/translate';
import { backupErrorText } from './backup-error';
import { percent } from './download';
import { BackupPreviewView } from './BackupPreviewView';

/** Restore: read and check the whole file first (preview), then merge or replace in one transaction. */
export function ImportPanel() {
  const [file, setFile] = useState<File | null>(null);
  const [password, setPassword] = useState('');
  const [opened, setOpened] = useState<OpenedBackup | null>(null);
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [confirmReplace, setConfirmReplace] = useState(false);
  const [busy, setBusy] = useState<number | null>(null);
  // The table the restore transaction is writing (set from inside it): shows where a restore is.
  const [writing, setWriting] = useState('');
  const [error, setError] = useState('');
  const [done, setDone] = useState('');

  async function read() {
    if (!file) return;
    setError('');
    setDone('');
    setOpened(null);
    setBusy(0);
    try {
      setOpened(await openBackup(file, password || undefined, (d, total) => setBusy(percent(d, total))));
    } catch (err) {
      setError(backupErrorText(err));
    } finally {
      setBusy(null);
    }
  }

  async function restore() {
    if (!opened || (mode === 'replace' && !confirmReplace)) return;
    setError('');
    setBusy(0);
    try {
      const counts = await applyBackup(getDb(), opened, mode, (table, i) => {
        setWriting(table);
        setBusy(percent(i, BACKUP_TABLES.length));
      });
      // Committed. The restore moved every change token in its own transaction: the background follows them.
      setWriting('');
      setDone(t('backup.import.done', { ...counts }));
      setOpened(null);
    } catch (err) {
      setError(backupErrorText(err));
    } finally {
      setBusy(null);
      setWriting('');
    }
  }

  return (
    <section aria-labelledby="backup-import-title">
      <h3 id="backup-import-title">{t('backup.import.title')}</h3>
      <label>
        {t('backup.import.file')}
        <input
          type="file"
          name="backup-file"
          accept={`${BACKUP_EXTENSION},application/octet-stream`}
          onChange={(e) => {
            setFile(e.currentTarget.files?.[0] ?? null);
            setOpened(null);
          }}
        />
      </label>
      <label>
        {t('backup.import.password')}
        <input
          type="password"
          name="backup-import-password"
          autocomplete="off"
          value={password}
          onInput={(e) => setPassword(e.currentTarget.value)}
        />
      </label>
      <button type="button" class="secondary" data-testid="backup-read" disabled={!file || busy !== null} onClick={() => void read()}>
        {t('backup.import.open')}
      </button>
      {busy !== null && (
        <p role="status" data-testid="backup-progress" data-writing={writing || undefined}>
          <progress max={100} value={busy} aria-label={t('backup.progress', { percent: busy })} /> {t('backup.progress', { percent: busy })}
        </p>
      )}
      {error && (
        <p class="error" role="alert" data-testid="backup-import-error">
          {error}
        </p>
      )}
      {opened && (
        <div data-testid="backup-preview">
          <BackupPreviewView preview={opened.preview} />
          <fieldset>
            <legend>{t('backup.mode.label')}</legend>
            {(['merge', 'replace'] as const).map((m) => (
              <label class="inline" key={m}>
                <input type="radio" name="backup-mode" value={m} checked={mode === m} onChange={() => setMode(m)} />
                {t(m === 'merge' ? 'backup.mode.merge' : 'backup.mode.replace')}
              </label>
            ))}
          </fieldset>
          {mode === 'replace' && (
            <label class="inline">
              <input
                type="checkbox"
                name="backup-replace-confirm"
                checked={confirmReplace}
                onChange={(e) => setConfirmReplace(e.currentTarget.checked)}
              />
              {t('backup.replace.confirm')}
            </label>
          )}
          <button
            type="button"
            data-testid="backup-import"
            disabled={busy !== null || (mode === 'replace' && !confirmReplace)}
            onClick={() => void restore()}
          >
            {t('backup.import.button')}
          </button>
        </div>
      )}
      {done && (
        <p class="ok" role="status" data-testid="backup-import-done">
          {done}
        </p>
      )}
    </section>
  );
}
