import type { Stamp } from './timestamp';

const DAY_MS = 86_400_000;

/** The screenshot's own moment (its file time or when it was captured) and the UTC offset it was taken in. */
export interface Reference {
  at: number;
  tzOffsetMin: number;
}

/** A calendar day on the reference's wall clock. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

function wallDay(ms: number, tzOffsetMin: number): Day {
  const d = new Date(ms + tzOffsetMin * 60_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function shiftDay(d: Day, days: number): Day {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day) + days * DAY_MS);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

function toMs(d: Day, hour: number, minute: number, tzOffsetMin: number): number {
  return Date.UTC(d.year, d.month - 1, d.day, hour, minute) - tzOffsetMin * 60_000;
}

function isRealDate(d: Day): boolean {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day));
  return t.getUTCMonth() === d.month - 1 && t.getUTCDate() === d.day;
}

/**
 * The calendar day a stamp names, seen from the screenshot: "昨天" is the day
 * before the screenshot's day (not before today), "星期二" the last Tuesday
 * before it, "11月3日" the last 3 November not after it; a bare time is the
 * screenshot's own day.
 */
export function dayOf(s: Stamp, ref: Reference): Day | null {
  const today = wallDay(ref.at, ref.tzOffsetMin);
  if (s.year !== undefined) {
    const d = { year: s.year, month: s.month!, day: s.day! };
    return isRealDate(d) ? d : null;
  }
  if (s.month !== undefined) {
    let d = { year: today.year, month: s.month, day: s.day! };
    // A date later in the year than the screenshot was last year's.
    if (s.month > today.month || (s.month === today.month && s.day! > today.day)) d = { ...d, year: today.year - 1 };
    return isRealDate(d) ? d : null;
  }
  if (s.daysAgo !== undefined) return shiftDay(today, -s.daysAgo);
  if (s.weekday !== undefined) {
    const todayWeekday = new Date(Date.UTC(today.year, today.month - 1, today.day)).getUTCDay();
    const back = (todayWeekday - s.weekday + 7) % 7 || 7;
    return shiftDay(today, -back);
  }
  return today;
}

export interface Resolved {
  at: number;
  day: Day;
  /** The stamp showed no clock time; the moment is the start of that day and the user should correct it. */
  timeMissing: boolean;
}

/**
 * The moment a stamp stands for, never after the screenshot itself. Chats and
 * call lists show a bare time for today; a bare time later than the
 * screenshot cannot be today's, so it continues the previous stamp's day
 * (`carry`), or else the day before.
 */
export function resolveStamp(s: Stamp, ref: Reference, carry?: Day): Resolved | null {
  // An unknown weekday continues the previous stamp's day (or the screenshot's), flagged for the user.
  let day = s.unsure ? (carry ?? dayOf({}, ref)) : dayOf(s, ref);
  if (!day) return null;
  const timeMissing = s.hour === undefined || s.unsure === true;
  let at = toMs(day, s.hour ?? 0, s.minute ?? 0, ref.tzOffsetMin);
  const bare = s.year === undefined && s.month === undefined && s.daysAgo === undefined && s.weekday === undefined && !s.unsure;
  if (at > ref.at && bare) {
    day = carry ?? shiftDay(day, -1);
    at = toMs(day, s.hour ?? 0, s.minute ?? 0, ref.tzOffsetMin);
  }
  return { at, day, timeMissing };
}
