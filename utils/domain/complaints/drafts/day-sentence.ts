import type { Contact } from '../../../model/records';
import { dayView, daySentence } from '../../contacts/day-view';
import { isNightHour, wallClock } from '../../time/wall-clock';
import type { Ctx } from './context';
import { endSentence, phrase } from './text';

/**
 * A day of calls without words — what a call-log import brings in, or calls
 * logged without notes — reads as the import's own day sentence (the day view's:
 * "11月3日：1 个号码来电 12 次，其中 3 次在 22:00 以后"), in the page's
 * language, with the night calls' time range after it. Undefined for days with
 * few contacts (written out one by one) or with calls the user described.
 */
export function importedDaySentence(ctx: Ctx, day: string, routine: Contact[]): string | undefined {
  const calls = routine.filter((c) => c.channel === 'call' || c.channel === 'missed-call');
  if (routine.length <= 3 || calls.length === 0 || calls.some((c) => c.summary.trim())) return undefined;
  const lead = daySentence(dayView(routine, day), (key, params) => phrase(ctx.locale, key, params))
    .replace(/\bfrom 1 numbers\b/, 'from one number')
    .replace(/\b1 calls\b/, 'one call');
  const night = calls
    .filter((c) => isNightHour(wallClock(c).hour))
    .map((c) => wallClock(c).time)
    .sort();
  const range = night.length
    ? phrase(ctx.locale, night.length > 1 ? 'draft.day.nightCalls' : 'draft.day.nightCallAt', {
        count: night.length,
        from: night[0]!,
        to: night[night.length - 1]!,
      })
    : '';
  return [endSentence(ctx.locale, lead), range].filter(Boolean).join(ctx.locale === 'en' ? ' ' : '');
}
