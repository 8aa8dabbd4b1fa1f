import { browser } from 'wxt/browser';
import { getDb } from '../db/connection';
import type { NgDatabase } from '../db/schema';
import type { Reminder } from '../model/records';
import { markFired, resyncAllReminders } from '../db/repos/reminders';
import { dueReminders, nextFireAt } from '../domain/reminders/due';
import { reminderText, SHOWN_KINDS, type ReminderSubject } from '../domain/reminders/message';
import type { Locale } from '../i18n/locales';
import type { Currency } from '../i18n/format';
import { loadUserCurrency, loadUserLocale, NOTIFICATION_ICON } from './user-locale';
import { localLenderName } from '../i18n/lender-name';
import { follow } from './change-watch';
import { resyncComplaintReminders } from '../db/repos/complaint-reminders';
import { complaintSubject } from '../domain/reminders/complaint-basis';

/** One alarm wakes the worker at the next reminder (Chrome caps the number of alarms). */
export const REMINDER_ALARM = 'ng-rem:next';
export const NOTIFICATION_PREFIX = 'ng-rem:';

export interface ReminderEffects {
  notify: (notificationId: string, title: string, message: string) => Promise<void>;
  setAlarm: (when: number | undefined) => Promise<void>;
  locale: Locale;
  currency: Currency;
}

async function subjectOf(db: NgDatabase, r: Reminder, locale: Locale): Promise<ReminderSubject> {
  const inst = r.targetType === 'installment' ? await db.installments.get(r.targetId) : undefined;
  const complaint = r.targetType === 'complaint' ? await db.complaints.get(r.targetId) : undefined;
  const agreement = r.targetType === 'complaint' ? undefined : await db.agreements.get(inst ? inst.agreementId : r.targetId);
  const lenderId = complaint ? complaint.lenderId : agreement?.lenderId;
  const lender = lenderId ? await db.lenders.get(lenderId) : undefined;
  const lenderName = localLenderName(lender, locale);
  return {
    lenderName,
    ...(inst ? { installment: { seq: inst.seq, dueDate: inst.dueDate, amountFen: inst.amountFen } } : {}),
    // Worded from the channel's current deadline data, not from the data it was scheduled with.
    ...(complaint ? { complaint: complaintSubject(r, complaint, locale) } : {}),
  };
}

/**
 * Shows every reminder that is due (including those missed while the browser
 * was closed), marks them fired so they never show twice, and re-arms the
 * alarm for the next one.
 */
export async function runReminders(db: NgDatabase, now: number, fx: ReminderEffects): Promise<number> {
  const all = (await db.reminders.toArray()).filter((r) => SHOWN_KINDS.has(r.kind));
  const due = dueReminders(all, now);
  for (const r of due) {
    const { title, message } = reminderText(r, await subjectOf(db, r, fx.locale), fx.locale, fx.currency);
    await fx.notify(NOTIFICATION_PREFIX + r.id, title, message);
  }
  await markFired(
    db,
    due.map((r) => r.id),
    now,
  );
  await fx.setAlarm(nextFireAt(all, now));
  return due.length;
}

/** The dashboard address that shows a reminder's item. */
export async function reminderUrl(db: NgDatabase, reminderId: string): Promise<string> {
  const r = await db.reminders.get(reminderId);
  if (!r) return '/dashboard.html#/reminders';
  if (r.targetType === 'installment') {
    const inst = await db.installments.get(r.targetId);
    return inst ? `/dashboard.html#/agreements/${inst.agreementId}?installment=${inst.id}` : '/dashboard.html#/reminders';
  }
  if (r.targetType === 'complaint') return `/dashboard.html#/complaints/${r.targetId}`;
  return r.targetType === 'agreement' ? `/dashboard.html#/agreements/${r.targetId}?reminder=${r.id}` : '/dashboard.html#/reminders';
}

async function browserEffects(): Promise<ReminderEffects> {
  return {
    locale: await loadUserLocale(),
    currency: await loadUserCurrency(),
    notify: async (id, title, message) => {
      await browser.notifications.create(id, { type: 'basic', iconUrl: browser.runtime.getURL(NOTIFICATION_ICON), title, message });
    },
    setAlarm: async (when) => {
      if (when === undefined) await browser.alarms.clear(REMINDER_ALARM);
      else await browser.alarms.create(REMINDER_ALARM, { when });
    },
  };
}

async function run(resync: boolean): Promise<void> {
  const db = getDb();
  if (resync) {
    await resyncAllReminders(db, Date.now());
    // After an update the deadline data may have changed: complaint reminders are re-derived from it.
    await resyncComplaintReminders(db, Date.now());
  }
  await runReminders(db, Date.now(), await browserEffects());
}

/** Registered synchronously from the background's top level. */
export function registerReminders(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== REMINDER_ALARM) return;
    void run(false);
  });
  browser.notifications?.onClicked.addListener((notificationId) => {
    if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
    void (async () => {
      const url = await reminderUrl(getDb(), notificationId.slice(NOTIFICATION_PREFIX.length));
      await browser.tabs.create({ url: browser.runtime.getURL(url as '/dashboard.html') });
      await browser.notifications.clear(notificationId);
    })();
  });
  // After a restart: rebuild from the plans (stable keys, so nothing doubles) and catch up.
  browser.runtime.onStartup.addListener(() => void run(true));
  browser.runtime.onInstalled.addListener(() => void run(true));
  // Reminder rows added, moved or removed (by any context): re-arm the alarm for the next one.
  follow('reminders', 'reminders', () => run(false));
}
