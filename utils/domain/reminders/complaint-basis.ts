import type { Complaint, Reminder } from '../../model/records';
import type { Channel } from '../../sites/types';
import type { Locale } from '../../i18n/locales';
import { channelById } from '../../sites';
import { answerDue } from '../complaints/deadline';
import { sentOnOf } from '../complaints/stale-due';

/**
 * Whether a complaint's "answer deadline passed" reminder still rests on the
 * channel's current deadline data. A reminder scheduled from older data (an
 * NFRA "answer due" from the unofficial 15 working days; a PBOC date counted
 * from sending instead of from acceptance) or from a date the user typed is
 * not a deadline the sheets confirm: it is re-worded as the date the user
 * noted, with what the current data says (undefined: no answer deadline).
 * Lender and user-site complaints have no deadline data: their date is the
 * user's own and keeps the plain wording.
 */
export type ComplaintReminderBasis = { confirmed: true } | { confirmed: false; current: string | undefined };

/** The date a complaint-answer reminder was scheduled for: the last part of its key. */
export function reminderDueDate(r: Pick<Reminder, 'key'>): string {
  return r.key.slice(r.key.lastIndexOf(':') + 1);
}

export function complaintReminderBasis(
  r: Pick<Reminder, 'key'>,
  c: Pick<Complaint, 'submittedAt' | 'createdAt'> | undefined,
  channel: Pick<Channel, 'deadlines' | 'answerDeadlineId'> | undefined,
): ComplaintReminderBasis {
  if (!c || !channel) return { confirmed: true };
  const current = answerDue(channel, sentOnOf(c));
  return current === reminderDueDate(r) ? { confirmed: true } : { confirmed: false, current };
}

/** What a complaint reminder's text needs: its basis and the channel's name in the user's language. */
export function complaintSubject(
  r: Pick<Reminder, 'key'>,
  c: Pick<Complaint, 'channelId' | 'submittedAt' | 'createdAt'>,
  locale: Locale,
): { basis: ComplaintReminderBasis; channelName: string } {
  const channel = channelById(c.channelId);
  return { basis: complaintReminderBasis(r, c, channel), channelName: channel?.name[locale] ?? '' };
}
