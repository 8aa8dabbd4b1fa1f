import type { Channel, Deadline } from '../../sites/types';
import { addCalendarDays, addWorkingDays } from '../time/working-days';

export interface DueDate {
  date: string;
  /** Working days counted in a year whose public holidays are not known (weekends only). */
  approximate: boolean;
}

/** Adds a deadline's days to an ISO date, in its unit. */
export function addDays(iso: string, days: number, unit: 'working' | 'calendar'): string {
  return unit === 'calendar' ? addCalendarDays(iso, days) : addWorkingDays(iso, days).date;
}

/** When a deadline of `channel` falls for a complaint sent on `sentOn`, following `after` (e.g. 30 days from acceptance). */
export function deadlineDue(channel: Pick<Channel, 'deadlines'>, dl: Deadline, sentOn: string): DueDate {
  let start: DueDate = { date: sentOn, approximate: false };
  if (dl.after) {
    const prior = channel.deadlines.find((x) => x.id === dl.after);
    if (prior) start = deadlineDue(channel, prior, sentOn);
  }
  if (dl.unit === 'calendar') return { date: addCalendarDays(start.date, dl.days), approximate: start.approximate };
  const r = addWorkingDays(start.date, dl.days);
  return { date: r.date, approximate: start.approximate || r.approximate };
}

/**
 * The date an answer is due for a complaint sent on `sentOn`: only where the
 * channel has an answer deadline (kind 'answer'). NFRA has none verified and
 * 12315's 7 working days are an acceptance decision, so neither gets a due
 * date and neither can be "overdue, no answer".
 */
export function answerDue(channel: Pick<Channel, 'deadlines' | 'answerDeadlineId'> | undefined, sentOn: string): string | undefined {
  const dl = channel?.deadlines.find((x) => x.id === channel.answerDeadlineId && x.kind === 'answer');
  return dl ? deadlineDue(channel!, dl, sentOn).date : undefined;
}

/** True once the due date is behind `today` (both ISO dates in the user's calendar). */
export function isOverdue(due: string | undefined, today: string): boolean {
  return due !== undefined && due < today;
}
