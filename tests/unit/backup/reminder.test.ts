import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reminderDue, REMIND_AFTER_CHANGES, REMIND_EVERY_MS, REMINDER_SNOOZE_MS } from '@/utils/domain/backup/reminder';
import { checkBackupReminder, registerBackupReminder, BACKUP_FOLLOWER, BACKUP_NOTIFICATION } from '@/utils/background/backup-reminder';
import { markSeen, readTokens } from '@/utils/db/repos/change-tokens';
import { getReminderState } from '@/utils/db/repos/backup-state';
import type { NgDatabase } from '@/utils/db/schema';
import { createRouter, type Handler } from '@/utils/rpc/router';
import { contract } from '@/utils/rpc/contract';
import { handlers } from '@/utils/rpc/handlers';
import { ENVELOPE_TAG } from '@/utils/rpc/envelope';
import { freshDb, testContext } from '../helpers/db';
import { setDbForTests } from '@/utils/db/connection';

const T0 = Date.UTC(2026, 0, 1);

/** n separate writes to a backed-up table: each counts one change (utils/db/change-tokens.ts). */
async function writeTimes(db: NgDatabase, n: number): Promise<void> {
  for (let i = 0; i < n; i += 1) await db.userSites.put({ id: 'u1', pattern: `https://help${i}.example.com/*`, label: 'x', createdAt: T0 });
}
const DAY = 86_400_000;

describe('backup reminder rule', () => {
  const base = { enabled: true, changesSince: 1, lastBackupAt: T0 };
  it('reminds a month after the last backup, only if something changed', () => {
    expect(reminderDue(base, T0 + REMIND_EVERY_MS - 1)).toBeNull();
    expect(reminderDue(base, T0 + REMIND_EVERY_MS)).toBe('monthly');
    expect(reminderDue({ ...base, changesSince: 0 }, T0 + 90 * DAY)).toBeNull();
  });
  it('reminds after many changes, and counts from the first change for users who never backed up', () => {
    expect(reminderDue({ enabled: true, changesSince: REMIND_AFTER_CHANGES - 1, firstChangeAt: T0 }, T0 + DAY)).toBeNull();
    expect(reminderDue({ enabled: true, changesSince: REMIND_AFTER_CHANGES, firstChangeAt: T0 }, T0 + DAY)).toBe('changes');
    expect(reminderDue({ enabled: true, changesSince: 3, firstChangeAt: T0 }, T0 + REMIND_EVERY_MS)).toBe('monthly');
  });
  it('can be turned off and does not nag within a week', () => {
    expect(reminderDue({ ...base, enabled: false, changesSince: 500 }, T0 + 99 * DAY)).toBeNull();
    const later = T0 + 40 * DAY;
    expect(reminderDue({ ...base, remindedAt: later - REMINDER_SNOOZE_MS + 1 }, later)).toBeNull();
    expect(reminderDue({ ...base, remindedAt: later - REMINDER_SNOOZE_MS }, later)).toBe('monthly');
  });
});

describe('backup reminder in the background', () => {
  it('counts changes, notifies once in the user language, and resets on backup through the RPC', async () => {
    const db = await freshDb();
    const route = createRouter(contract, handlers as unknown as Record<string, Handler>);
    const call = (method: string, input: unknown, now = T0) =>
      route({ tag: ENVELOPE_TAG, method, input }, 'page', () => testContext(db, 'page', now));
    await writeTimes(db, REMIND_AFTER_CHANGES);
    const notify = vi.fn(async () => {});
    expect(await checkBackupReminder(db, T0 + DAY, 'zh-TW', notify)).toBe('changes');
    expect(notify).toHaveBeenCalledWith('該備份了', expect.stringContaining(String(REMIND_AFTER_CHANGES)));
    expect(await checkBackupReminder(db, T0 + DAY + 1, 'zh-TW', notify)).toBeNull();
    expect(await call('backup.markDone', {}, T0 + 2 * DAY)).toEqual({ ok: true, value: undefined });
    expect(await getReminderState(db)).toMatchObject({ changesSince: 0, lastBackupAt: T0 + 2 * DAY });
    expect(await call('backup.setReminder', { enabled: false })).toMatchObject({ ok: true });
    expect((await getReminderState(db)).enabled).toBe(false);
    expect(await call('backup.setReminder', { enabled: 'no' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await route({ tag: ENVELOPE_TAG, method: 'backup.markDone', input: {} }, 'panel', () => testContext(db))).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    // Restores announce themselves through the change tokens: there is no notification method left to call.
    expect(await route({ tag: ENVELOPE_TAG, method: 'backup.restored', input: {} }, 'page', () => testContext(db))).toMatchObject({
      ok: false,
      error: { code: 'unknown-method' },
    });
  });

  it('registers an alarm listener that ignores other features’ alarms', async () => {
    const db = await freshDb();
    await writeTimes(db, REMIND_AFTER_CHANGES);
    // A worker that already looked at these changes (it checks again on its next alarm).
    await markSeen(db, BACKUP_FOLLOWER, (await readTokens(db)).backup);
    setDbForTests(db);
    try {
      // The fake browser has no i18n: the user's language comes from here.
      vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
      const create = vi.spyOn(fakeBrowser.notifications, 'create').mockResolvedValue('' as never);
      registerBackupReminder();
      await fakeBrowser.alarms.onAlarm.trigger({ name: 'ng-rem:next', scheduledTime: 0 } as never);
      await new Promise((r) => setTimeout(r, 30));
      expect(create).not.toHaveBeenCalled();
      await fakeBrowser.alarms.onAlarm.trigger({ name: 'ng-backup:check', scheduledTime: 0 } as never);
      await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(1));
      expect(create.mock.calls[0]![0]).toBe(BACKUP_NOTIFICATION);
      expect(create.mock.calls[0]![1]).toMatchObject({ title: 'Time for a backup' });
    } finally {
      setDbForTests(undefined);
    }
  });
});
