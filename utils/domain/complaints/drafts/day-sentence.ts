import type { Contact } from '../../../model/records';
import { dayView, daySentence } from '../../contacts/day-view';
import { isNightHour, wallClock } from '../../time/wall-clock';
import type { Ctx } from './context';
import { dateText, endSentence, phrase } from './text';

/**
 * A day of calls without words — what a call-log import brings in, or calls
 * logged without notes — reads as the import's own day sentence (the day view's:
 * "11月3日：1 个号码来电 12 次，其中 3 次在 22:00 以后"), in the page's
 * language, with the draft's date ("3 November", not the day view's "3/11") and
 * the night calls' time range. Undefined for days with few contacts (written out
 * one by one) or with calls the user described.
 */
export function importedDaySentence(ctx: Ctx, day: string, routine: Contact[]): string | undefined {
  const calls = routine.filter((c) => c.channel === 'call' || c.channel === 'missed-call');
  if (routine.length <= 3 || calls.length === 0 || calls.some((c) => c.summary.trim())) return undefined;
  const view = dayView(routine, day);
  const lead = importedDayLead(ctx, day, routine);
  const night = calls
    .filter((c) => isNightHour(wallClock(c).hour))
    .map((c) => wallClock(c).time)
    .sort();
  if (!night.length) return endSentence(ctx.locale, lead);
  const params = { count: night.length, from: night[0]!, to: night[night.length - 1]! };
  // The lead already counts the calls after 22:00: when those are all the night calls, only their range is added.
  if (night.length === view.after22)
    return (
      lead +
      phrase(ctx.locale, night.length > 1 ? 'draft.day.nightRange' : 'draft.day.nightRangeAt', params) +
      (ctx.locale === 'en' ? '.' : '。')
    );
  const range = phrase(ctx.locale, night.length > 1 ? 'draft.day.nightCalls' : 'draft.day.nightCallAt', params);
  return [endSentence(ctx.locale, lead), range].join(ctx.locale === 'en' ? ' ' : '');
}

/** The day view's sentence for the day, with the draft's date and English counts of one read as words. */
export function importedDayLead(ctx: Ctx, day: string, routine: Contact[]): string {
  const date = dateText(ctx.locale, day, day.slice(0, 4) !== ctx.year);
  return daySentence(dayView(routine, day), (key, params) => (key === 'import.day.date' ? date : phrase(ctx.locale, key, params)))
    .replace(/\bfrom 1 numbers?\b/, 'from one number')
    .replace(/^([^:]*): 1 calls?\b/, '$1: one call');
}
