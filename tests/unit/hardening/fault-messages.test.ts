import { describe, expect, it } from 'vitest';
import { createClient } from '@/utils/rpc/client';
import { AppError } from '@/utils/model/errors';
import { errorText } from '@/components/ErrorMessage';
import { t } from '@/utils/i18n/translate';
import { exportBackup, openBackup, applyBackup } from '@/utils/backup/backup-file';
import { BackupError } from '@/utils/domain/backup/errors';
import { backupErrorText } from '@/entrypoints/dashboard/sections/backup/backup-error';
import { restoreRows } from '@/utils/db/repos/backup';
import { emptyRows, type BackupRows } from '@/utils/domain/backup/tables';
import { freshDb } from '../helpers/db';
import { fixtureTables } from '../db/migration-harness';
import { deepSnapshot } from '../backup/hostile';

// Issue 19 item 9: a full disk, a backup file changed after the preview and a
// killed worker each say which it is and what to do, instead of "Something
// went wrong and nothing was saved".

const NOW = Date.UTC(2026, 5, 1);
const generic = t('error.internal');

describe('clear messages for real faults', () => {
  it('a full disk, however deeply Dexie wraps it, says storage is full', () => {
    const quota = {
      name: 'AbortError',
      message: 'aborted',
      inner: { name: 'AbortError', inner: { name: 'QuotaExceededError', message: 'quota' } },
    };
    expect(errorText(quota)).toBe(t('error.quota'));
    expect(errorText(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toBe(t('error.quota'));
  });

  it('a worker killed before it answered: the keyed save says a retry will not duplicate', async () => {
    const died = createClient(async () => {
      throw new Error(
        'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
      );
    });
    const keyed = await died('contacts.add', { at: NOW, channel: 'call', summary: 'x', requestKey: 'k1' }).catch((e: unknown) => e);
    expect(keyed).toBeInstanceOf(AppError);
    expect((keyed as AppError).data.code).toBe('no-reply');
    expect(errorText(keyed)).toBe(t('hardening.error.noReplyKeyed'));
    const unkeyed = await died('contacts.update', { id: 'c1', contact: { at: NOW, channel: 'call' } }).catch((e: unknown) => e);
    expect(errorText(unkeyed)).toBe(t('hardening.error.noReply'));
    expect(errorText(unkeyed)).not.toBe(generic);
  });

  it('a backup file changed after the preview says to choose it again, and nothing is written', async () => {
    const source = await freshDb();
    await restoreRows(source, { ...emptyRows(), ...fixtureTables() } as unknown as BackupRows, 'replace');
    const opened = await openBackup(await exportBackup(source, { appVersion: 't', now: NOW }));
    // What Chromium does when a chosen file changes on disk: reading the File (or a slice) fails.
    const e = opened.rows.evidence[0]!;
    const stale = new Blob([await e.blob.arrayBuffer()], { type: e.blob.type });
    const fail = () =>
      Promise.reject(
        new DOMException(
          'The requested file could not be read, typically due to permission problems that have occurred after a reference to a file was acquired.',
          'NotReadableError',
        ),
      );
    Object.assign(stale, { arrayBuffer: fail, slice: () => Object.assign(new Blob([]), { arrayBuffer: fail }) });
    opened.rows.evidence[0] = { ...e, blob: stale };
    const target = await freshDb();
    const before = await deepSnapshot(target);
    const err = await applyBackup(target, opened, 'replace').catch((x: unknown) => x);
    expect(err).toBeInstanceOf(BackupError);
    expect((err as BackupError).kind).toBe('file-changed');
    expect(backupErrorText(err)).toBe(t('hardening.error.fileChanged'));
    expect(await deepSnapshot(target)).toEqual(before);
  });
});
