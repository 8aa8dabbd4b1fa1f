import { effectiveDue } from '../complaints/stale-due';
import { channelById } from '../../sites';
import type { Agreement, Complaint, Installment, Reminder } from '../../model/records';
import { upcomingInstallments, type UpcomingItem } from '../plan/upcoming';
import { addDays } from '../plan/iso-date';

/** Complaints still waiting for an answer (a draft was never sent; answered and closed ones wait for nothing). */
const WAITING: readonly Complaint['status'][] = ['submitted', 'acknowledged', 'escalated'];
/** An answer due within this many days is "coming up" on the overview. */
export const ANSWER_SOON_DAYS = 7;
/** An instalment due within this many days is shown; later ones wait for the plan view. */
export const INSTALMENT_SOON_DAYS = 14;

export interface FindingCount {
  ruleId: string;
  count: number;
}

export interface TodayInput {
  agreements: readonly Agreement[];
  installments: readonly Installment[];
  complaints: readonly Complaint[];
  reminders: readonly Reminder[];
  /** Per-rule counts now (undefined while the findings are computed for the first time). */
  findings: readonly FindingCount[] | undefined;
  /** Per-rule counts the user saw at the last visit (undefined: never visited). */
  seen: Readonly<Record<string, number>> | undefined;
  contactCount: number;
  today: string;
  now: number;
}

export interface Today {
  overdue: UpcomingItem[];
  next: UpcomingItem[];
  answers: { complaint: Complaint; due: string; overdue: boolean }[];
  newFindings: { ruleId: string; added: number }[];
  followUps: Reminder[];
  /** First steps still to take: no agreement recorded, no contact logged. */
  start: { agreement: boolean; contact: boolean };
  /** Nothing above needs the user. */
  clear: boolean;
}

/** What the user needs to do now, from plain records: the overview's whole logic. */
export function today(input: TodayInput): Today {
  const { overdue, next } = upcomingInstallments(input.agreements, input.installments, input.today);
  const soon = addDays(input.today, INSTALMENT_SOON_DAYS);
  const answerHorizon = addDays(input.today, ANSWER_SOON_DAYS);
  // Due dates older deadline data gave (stale-due.ts) count as the current data says: an NFRA complaint has none.
  const answers = input.complaints
    .map((c) => ({ c, due: effectiveDue(c, channelById(c.channelId)) }))
    .filter(({ c, due }) => WAITING.includes(c.status) && due !== undefined && due <= answerHorizon)
    .map(({ c, due }) => ({ complaint: c, due: due!, overdue: due! < input.today }))
    .sort((a, b) => a.due.localeCompare(b.due));
  const newFindings = (input.findings ?? [])
    .map((f) => ({ ruleId: f.ruleId, added: f.count - (input.seen?.[f.ruleId] ?? 0) }))
    .filter((f) => f.added > 0);
  const followUps = input.reminders
    .filter((r) => r.kind === 'follow-up' && !r.done && r.fireAt <= input.now)
    .sort((a, b) => a.fireAt - b.fireAt);
  const out: Today = {
    overdue,
    next: next.filter((n) => n.installment.dueDate <= soon),
    answers,
    newFindings,
    followUps,
    start: { agreement: input.agreements.length === 0, contact: input.contactCount === 0 },
    clear: false,
  };
  out.clear =
    !out.overdue.length &&
    !out.next.length &&
    !answers.length &&
    !newFindings.length &&
    !followUps.length &&
    !out.start.agreement &&
    !out.start.contact;
  return out;
}
