/** Epoch ms → the value an <input type="datetime-local"> shows, in local time. */
export function toDateTimeLocal(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The inverse; NaN for an empty or malformed value (the schema then refuses it). */
export function fromDateTimeLocal(value: string): number {
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?$/.test(value)) return Number.NaN;
  return new Date(value).getTime();
}
