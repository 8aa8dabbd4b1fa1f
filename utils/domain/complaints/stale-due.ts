import type { Complaint } from '../../model/records';
import type { Channel } from '../../sites/types';
import { localIsoDate } from '../time/wall-clock';
import { answerDue } from './deadline';

export interface StaleDue {
  /** The due date the complaint carries (computed from older deadline data, or typed by the user). */
  stored: string;
  /** What the channel's current data gives for the same complaint: undefined when it has no answer deadline. */
  current: string | undefined;
}

/** The day the complaint went out: when it was marked submitted, else when it was recorded. */
export function sentOnOf(c: Pick<Complaint, 'submittedAt' | 'createdAt'>): string {
  return localIsoDate(c.submittedAt ?? c.createdAt);
}

/**
 * Whether a complaint's due date no longer follows from its channel's
 * current deadline data. Complaints recorded before the data changed keep the
 * date they were given (e.g. an NFRA "answer due" from the unofficial 15
 * working days; NFRA publishes no answer deadline): read-time, so every past
 * and future change of the data is caught without rewriting what the user may
 * have typed. Only registry channels are checked (a lender or user site has
 * no deadline data to compare with).
 */
export function staleDue(
  c: Pick<Complaint, 'answerDue' | 'submittedAt' | 'createdAt'>,
  channel: Pick<Channel, 'deadlines' | 'answerDeadlineId'> | undefined,
): StaleDue | undefined {
  if (!c.answerDue || !channel) return undefined;
  const current = answerDue(channel, sentOnOf(c));
  return current === c.answerDue ? undefined : { stored: c.answerDue, current };
}

/** The due date to count "overdue" from: the current data's where the stored one is stale. */
export function effectiveDue(
  c: Pick<Complaint, 'answerDue' | 'submittedAt' | 'createdAt'>,
  channel: Pick<Channel, 'deadlines' | 'answerDeadlineId'> | undefined,
): string | undefined {
  const s = staleDue(c, channel);
  return s ? s.current : c.answerDue;
}
