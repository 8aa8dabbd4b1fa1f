// Calendar arithmetic on ISO `YYYY-MM-DD` strings, in UTC so that no time zone
// or daylight-saving change can move a due date by a day.

export function parseIso(date: string): { y: number; m: number; d: number } {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

export function toIso(y: number, m: number, d: number): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Days since 1970-01-01 (can be used as a day number for Actual/365). */
export function dayNumber(date: string): number {
  const { y, m, d } = parseIso(date);
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

export function fromDayNumber(n: number): string {
  const dt = new Date(n * 86_400_000);
  return toIso(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * Adds months keeping the anchor day where the month has it, else the month's
 * last day: 31 Jan + 1 → 28/29 Feb, + 2 → 31 Mar (not 28 Mar).
 */
export function addMonthsClamped(date: string, months: number, anchorDay = parseIso(date).d): string {
  const { y, m } = parseIso(date);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return toIso(ny, nm, Math.min(anchorDay, daysInMonth(ny, nm)));
}
