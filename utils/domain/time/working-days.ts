import { isWorkday } from 'chinese-days';

/**
 * [CN] working days (工作日): weekends and public holidays skipped, make-up
 * working days (调休上班) counted, from the `chinese-days` package's data of
 * the State Council's yearly holiday notices. Checked against the notices for
 * 2025 (国办发明电〔2024〕12号, 2024-11-12) and 2026 (2025-11-04) in
 * tests/unit/complaints/working-days.test.ts. For a year after
 * HOLIDAYS_KNOWN_THROUGH no notice is in the data: weekends only, and the
 * result says it is approximate.
 */
export const HOLIDAYS_KNOWN_THROUGH = 2026;

export interface WorkingDayResult {
  date: string;
  /** True when a day counted lies in a year whose holidays are not known. */
  approximate: boolean;
}

function parse(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The date `days` mainland working days after `from` (the day of the event itself is not counted). */
export function addWorkingDays(from: string, days: number): WorkingDayResult {
  const d = parse(from);
  let left = days;
  let approximate = false;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const day = iso(d);
    if (d.getUTCFullYear() > HOLIDAYS_KNOWN_THROUGH) {
      approximate = true;
      const wd = d.getUTCDay();
      if (wd !== 0 && wd !== 6) left -= 1;
    } else if (isWorkday(day)) left -= 1;
  }
  return { date: iso(d), approximate };
}

export function addCalendarDays(from: string, days: number): string {
  const d = parse(from);
  d.setUTCDate(d.getUTCDate() + days);
  return iso(d);
}
