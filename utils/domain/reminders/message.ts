import type { Reminder } from '../../model/records';
import type { Locale } from '../../i18n/locales';
import { translate } from '../../i18n/translate';
import { formatMoney, type Currency } from '../../i18n/format';
import { followUpSlot } from './plan-reminders';
import type { ComplaintReminderBasis } from './complaint-basis';

/** What a reminder is about, looked up by the caller (the domain never reads the DB). */
export interface ReminderSubject {
  lenderName: string;
  installment?: { seq: number; dueDate: string; amountFen: number };
  /** For a complaint's reminder: whether its date is an answer deadline the current data gives, and the channel's name. */
  complaint?: { basis: ComplaintReminderBasis; channelName: string };
}

const TITLE_KEYS = {
  'installment-before': 'reminder.title.before',
  'installment-due': 'reminder.title.due',
  'installment-overdue': 'reminder.title.overdue',
  'follow-up': 'reminder.title.followUp',
  'complaint-answer': 'reminder.title.complaintAnswer',
} as const;

/** The kinds this runner shows; others (the backup nudge) belong to their own features. */
export const SHOWN_KINDS: ReadonlySet<Reminder['kind']> = new Set(Object.keys(TITLE_KEYS) as Array<Reminder['kind']>);

/** Title and body of a notification, in the user's language. */
export function reminderText(
  r: Reminder,
  subject: ReminderSubject,
  locale: Locale,
  currency: Currency = 'CNY',
): { title: string; message: string } {
  const titleKey = r.kind in TITLE_KEYS ? TITLE_KEYS[r.kind as keyof typeof TITLE_KEYS] : 'reminder.title.followUp';
  const title = translate(locale, titleKey, { lender: subject.lenderName || translate(locale, 'app.name') });
  if (r.kind === 'follow-up') return { title, message: followUpText(r, locale) };
  if (r.kind === 'complaint-answer')
    return complaintText(subject, locale) ?? { title, message: translate(locale, 'reminder.body.complaintAnswer') };
  const i = subject.installment;
  if (!i) return { title, message: '' };
  return {
    title,
    message: translate(locale, 'reminder.body.installment', {
      seq: i.seq,
      amount: formatMoney(i.amountFen, locale, currency),
      date: i.dueDate,
    }),
  };
}

/** A follow-up's own text, or the default for its slot in the user's language. */
export function followUpText(r: Pick<Reminder, 'key' | 'text'>, locale: Locale): string {
  if (r.text.trim()) return r.text;
  const slot = followUpSlot(r.key);
  return translate(locale, slot === 'collection-stopped' ? 'reminder.followUp.collectionStopped' : 'reminder.followUp.agencyTold');
}

/**
 * A complaint reminder whose date no longer rests on a confirmed answer
 * deadline (complaint-basis.ts) says so instead of "the deadline has passed".
 */
function complaintText(subject: ReminderSubject, locale: Locale): { title: string; message: string } | undefined {
  const b = subject.complaint?.basis;
  if (!b || b.confirmed) return undefined;
  const lender = subject.lenderName || translate(locale, 'app.name');
  return {
    title: translate(locale, 'reminderTruth.title', { lender }),
    message: b.current
      ? translate(locale, 'reminderTruth.body.changed', { current: b.current })
      : translate(locale, 'reminderTruth.body.none', { channel: subject.complaint!.channelName }),
  };
}
