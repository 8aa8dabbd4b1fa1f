import type { Contact } from '../../db/records';

/**
 * The contact's wall clock where the user was: `at` shifted by the offset
 * recorded with it. Reading the shifted Date with getUTC* gives local fields
 * without depending on the machine's current time zone (which may differ from
 * the one the contact happened in, e.g. after travel or DST).
 */
export interface WallClock {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM */
  time: string;
  hour: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function wallClock(c: Pick<Contact, 'at' | 'tzOffsetMin'>): WallClock {
  const d = new Date(c.at + c.tzOffsetMin * 60_000);
  const hour = d.getUTCHours();
  return {
    date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    time: `${pad(hour)}:${pad(d.getUTCMinutes())}`,
    hour,
  };
}

/** 22:00:00 up to 07:59:59 local time. */
export function isNight(c: Pick<Contact, 'at' | 'tzOffsetMin'>): boolean {
  const { hour } = wallClock(c);
  return hour >= 22 || hour < 8;
}
