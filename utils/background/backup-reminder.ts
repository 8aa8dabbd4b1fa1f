import { browser } from 'wxt/browser';
import { getDb } from '../db/connection';
import type { NgDatabase } from '../db/schema';
import { getReminderState, markReminded } from '../db/repos/backup-state';
import { reminderDue, type ReminderReason } from '../domain/backup/reminder';
import type { Locale } from '../i18n/locales';
import { translate } from '../i18n/translate';
import { follow } from './change-watch';
import { loadUserLocale, NOTIFICATION_ICON } from './user-locale';

export const BACKUP_PREFIX = 'ng-backup:';
export const BACKUP_ALARM = `${BACKUP_PREFIX}check`;
export const BACKUP_NOTIFICATION = `${BACKUP_PREFIX}remind`;
/** The name under which the reminder follows the backup token (change-watch.ts). */
export const BACKUP_FOLLOWER = 'backup-reminder';
const CHECK_EVERY_MIN = 12 * 60;

export type Notify = (title: string, message: string) => Promise<void>;

/** Shows the reminder when it is due and records that it was shown (so it does not nag). */
export async function checkBackupReminder(db: NgDatabase, now: number, locale: Locale, notify: Notify): Promise<ReminderReason | null> {
  const state = await getReminderState(db);
  const reason = reminderDue(state, now);
  if (!reason) return null;
  const message =
    reason === 'changes'
      ? translate(locale, 'backup.notify.changes', { count: state.changesSince })
      : translate(locale, 'backup.notify.monthly');
  await notify(translate(locale, 'backup.notify.title'), message);
  await markReminded(db, now);
  return reason;
}

async function check(): Promise<void> {
  const locale = await loadUserLocale();
  await checkBackupReminder(getDb(), Date.now(), locale, async (title, message) => {
    await browser.notifications.create(BACKUP_NOTIFICATION, {
      type: 'basic',
      iconUrl: browser.runtime.getURL(NOTIFICATION_ICON),
      title,
      message,
    });
  });
}

async function ensureAlarm(): Promise<void> {
  if (!(await browser.alarms.get(BACKUP_ALARM))) {
    await browser.alarms.create(BACKUP_ALARM, { delayInMinutes: 1, periodInMinutes: CHECK_EVERY_MIN });
  }
}

/** Registered synchronously from the background's top level; ignores other features' alarms and notifications. */
export function registerBackupReminder(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (!alarm.name.startsWith(BACKUP_PREFIX)) return;
    void check();
  });
  browser.notifications?.onClicked.addListener((id) => {
    if (id !== BACKUP_NOTIFICATION) return;
    void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html#/backup' as '/dashboard.html') });
    void browser.notifications.clear(id);
  });
  browser.runtime.onInstalled.addListener(() => void ensureAlarm());
  browser.runtime.onStartup.addListener(() => void ensureAlarm());
  // Every write to a backed-up table counts itself (change-tokens.ts); look whether that made the reminder due.
  // After "delete all my data" cleared every alarm, the same follower sets the check up again as on install.
  follow(BACKUP_FOLLOWER, 'backup', async () => {
    await ensureAlarm();
    await check();
  });
}
