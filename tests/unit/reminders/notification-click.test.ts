import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setDbForTests } from '@/utils/db/connection';
import { addAgreement } from '@/utils/db/repos/agreements';
import { savePlan } from '@/utils/db/repos/installments';
import { NOTIFICATION_PREFIX, REMINDER_ALARM, registerReminders } from '@/utils/background/reminders';
import { LOCALE_KEY } from '@/utils/i18n/preferences';
import { freshDb } from '../helpers/db';
import { until } from '../helpers/until';

// The background's listeners as registered, driven through WXT's fake
// browser: the alarm shows the notification, a click on it opens the
// dashboard at the item and clears it. (In Chromium the notification itself
// is checked by tests/e2e/agreements.e2e.ts; automation cannot click it.)

const DAY = 86_400_000;
afterEach(() => setDbForTests(undefined));

describe('reminder notifications', () => {
  it('the alarm shows an overdue instalment, and clicking it opens the dashboard at that instalment', async () => {
    const db = await freshDb();
    setDbForTests(db);
    await fakeBrowser.storage.local.set({ [LOCALE_KEY]: 'en' });
    const now = Date.now();
    const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
    const a = await addAgreement(
      db,
      { lender: { catalogId: 'card-cmb' }, negotiatedOn: iso(now - 40 * DAY), terms: { totalToRepayFen: 30_000 } },
      now - 40 * DAY,
    );
    const [inst] = await savePlan(db, { agreementId: a.id, rows: [{ dueDate: iso(now - 10 * DAY), amountFen: 30_000 }] }, now - 40 * DAY);
    const overdue = (await db.reminders.toArray()).find((r) => r.kind === 'installment-overdue' && r.targetId === inst!.id)!;

    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    registerReminders();
    // Another feature's alarm is ignored.
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'ng-backup:check', scheduledTime: now, persistAcrossSessions: false });
    expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions())).toEqual([]);

    await fakeBrowser.alarms.onAlarm.trigger({ name: REMINDER_ALARM, scheduledTime: now, persistAcrossSessions: false });
    const id = NOTIFICATION_PREFIX + overdue.id;
    const shown = await until(
      () => fakeBrowser.notifications.getAllCreateOptions(),
      (n) => id in n,
    );
    expect(String(shown[id]!.message)).toContain('¥300.00');

    // A click on something that is not a reminder is not ours.
    await fakeBrowser.notifications.onClicked.trigger('ng-backup:remind');
    await fakeBrowser.notifications.onClicked.trigger(id);
    await until(
      () => create.mock.calls.length,
      (n) => n > 0,
    );
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]![0].url).toMatch(new RegExp(`/dashboard\\.html#/agreements/${a.id}\\?installment=${inst!.id}$`));
    await until(
      () => fakeBrowser.notifications.getAllCreateOptions(),
      (n) => !(id in n),
    );
  });
});
