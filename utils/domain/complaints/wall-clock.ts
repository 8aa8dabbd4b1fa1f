/** The date and time a contact happened on the user's wall clock, as "YYYY-MM-DD HH:mm". */
export function wallClock(at: number, tzOffsetMin: number): string {
  const d = new Date(at + tzOffsetMin * 60_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}

/** The calendar date of a moment in the given offset, as "YYYY-MM-DD". */
export function wallDate(at: number, tzOffsetMin: number): string {
  return wallClock(at, tzOffsetMin).slice(0, 10);
}
