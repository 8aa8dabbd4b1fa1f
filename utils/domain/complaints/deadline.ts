import type { Channel } from '../../sites/types';

function parse(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function format(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * Adds days to an ISO date. Working days skip Saturdays and Sundays only:
 * public holidays and make-up working days are not known here, so the panel
 * calls the result approximate.
 */
export function addDays(iso: string, days: number, unit: 'working' | 'calendar'): string {
  const d = parse(iso);
  if (unit === 'calendar') {
    d.setUTCDate(d.getUTCDate() + days);
    return format(d);
  }
  let left = days;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const wd = d.getUTCDay();
    if (wd !== 0 && wd !== 6) left -= 1;
  }
  return format(d);
}

/** The date an answer is due for a complaint sent on `sentOn`, from the channel's data. */
export function answerDue(channel: Pick<Channel, 'deadlines' | 'answerDeadlineId'> | undefined, sentOn: string): string | undefined {
  const dl = channel?.deadlines.find((x) => x.id === channel.answerDeadlineId);
  return dl ? addDays(sentOn, dl.days, dl.unit) : undefined;
}

/** True once the due date is behind `today` (both ISO dates in the user's calendar). */
export function isOverdue(due: string | undefined, today: string): boolean {
  return due !== undefined && due < today;
}
