import type { Contact } from '../../model/records';
import { parseIso, toIso } from '../plan/iso-date';

/**
 * The contact's wall clock where the user was: `at` shifted by the offset
 * recorded with it. Computed from the shifted instant with integer
 * arithmetic (the same fields as `new Date(shifted).getUTC*()`), so it does
 * not depend on the machine's current time zone (which may differ from the
 * one the contact happened in, e.g. after travel or DST).
 */
export interface WallClock {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM */
  time: string;
  hour: number;
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

// Ten thousand contacts fall on about a thousand days: formatting a date once
// per day instead of once per contact is most of what the findings save.
const dayNames = new Map<number, string>();
const MAX_DAY_NAMES = 50_000;

/** YYYY-MM-DD of a day number (days since 1970-01-01 of the shifted clock). */
export function dayName(day: number): string {
  let name = dayNames.get(day);
  if (name === undefined) {
    const d = new Date(day * DAY_MS);
    name = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    if (dayNames.size >= MAX_DAY_NAMES) dayNames.clear();
    dayNames.set(day, name);
  }
  return name;
}

export function wallClock(c: Pick<Contact, 'at' | 'tzOffsetMin'>): WallClock {
  const local = c.at + c.tzOffsetMin * 60_000;
  const day = Math.floor(local / DAY_MS);
  const inDay = local - day * DAY_MS;
  const hour = Math.floor(inDay / HOUR_MS);
  const minute = Math.floor((inDay - hour * HOUR_MS) / 60_000);
  return { date: dayName(day), time: `${pad(hour)}:${pad(minute)}`, hour };
}

/** 22:00:00 up to 07:59:59 local time. */
export function isNight(c: Pick<Contact, 'at' | 'tzOffsetMin'>): boolean {
  return isNightHour(wallClock(c).hour);
}

export function isNightHour(hour: number): boolean {
  return hour >= 22 || hour < 8;
}

/**
 * Each contact's wall clock, computed once for a whole findings pass and
 * shared by every detector (they used to compute it three times each).
 */
export function wallClocks(contacts: readonly Pick<Contact, 'at' | 'tzOffsetMin'>[]): WallClock[] {
  return contacts.map(wallClock);
}

/** "YYYY-MM-DD HH:MM" on the contact's own wall clock: what drafts, CSV and the report print. */
export function wallClockText(c: Pick<Contact, 'at' | 'tzOffsetMin'>): string {
  const w = wallClock(c);
  return `${w.date} ${w.time}`;
}

/** The local calendar date of a moment recorded with its UTC offset (evidence, contacts). */
export function wallDate(c: Pick<Contact, 'at' | 'tzOffsetMin'>): string {
  return wallClock(c).date;
}

// The machine's own wall clock (the user's time zone now): for "today" and
// for moments the user names by date and hour. The contact's recorded offset
// above is for moments that already happened somewhere.

/** The ISO date of an instant on this machine's wall clock. */
export function localIsoDate(ms: number): string {
  const d = new Date(ms);
  return toIso(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/** Today's ISO date on the user's wall clock: the one "today" every view and repository uses. */
export function todayIso(now: number = Date.now()): string {
  return localIsoDate(now);
}

/** Epoch ms of `hour`:00 local time on an ISO date. */
export function localMoment(date: string, hour: number): number {
  const { y, m, d } = parseIso(date);
  return new Date(y, m - 1, d, hour, 0, 0, 0).getTime();
}
