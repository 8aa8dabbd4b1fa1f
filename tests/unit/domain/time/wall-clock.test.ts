import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localIsoDate, localMoment, todayIso } from '@/utils/domain/time/wall-clock';

describe("the machine's wall clock", () => {
  it('names the local calendar date of an instant, also one minute before midnight', () => {
    expect(localIsoDate(new Date(2026, 0, 31, 23, 59).getTime())).toBe('2026-01-31');
    expect(localIsoDate(new Date(2026, 1, 1, 0, 0).getTime())).toBe('2026-02-01');
  });

  it('gives today as the local date of now (or of the instant it is given)', () => {
    const at = new Date(2026, 11, 1, 12, 0).getTime();
    expect(todayIso(at)).toBe('2026-12-01');
    const before = localIsoDate(Date.now());
    const today = todayIso();
    expect([before, localIsoDate(Date.now())]).toContain(today);
  });

  it('turns a date and an hour into the local instant', () => {
    expect(localMoment('2026-03-01', 9)).toBe(new Date(2026, 2, 1, 9, 0, 0, 0).getTime());
    expect(localIsoDate(localMoment('2026-03-01', 23))).toBe('2026-03-01');
  });
});

// "Today" and local-time conversions are defined once (utils/domain/time/wall-clock.ts):
// a second copy could disagree with the first near midnight (UTC vs local).
const ROOTS = ['utils', 'components', 'entrypoints'];
const HOME = join('utils', 'domain', 'time', 'wall-clock.ts');
const COPIES = [
  { what: 'a todayIso definition', re: /(function\s+todayIso\b|\btodayIso\s*=)/ },
  { what: 'a localIsoDate definition', re: /(function\s+localIsoDate\b|\blocalIsoDate\s*=)/ },
  { what: "today's date taken from UTC", re: /new Date\(\)\.toISOString\(\)\.slice\(0, 10\)/ },
  { what: 'a local date by shifting with the time-zone offset', re: /getTimezoneOffset\(\)\s*\*\s*60_?000/ },
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(p) ? [p] : [];
  });
}

describe('one wall clock', () => {
  it('has no second definition of today or of a local date outside wall-clock.ts', () => {
    const offenders: string[] = [];
    for (const file of ROOTS.flatMap(sources)) {
      if (file === HOME) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((text, i) => {
          for (const c of COPIES) if (c.re.test(text)) offenders.push(`${file}:${i + 1}: ${c.what}`);
        });
    }
    expect(offenders).toEqual([]);
  });

  it('would notice a copy (the patterns match what the old copies looked like)', () => {
    const old = [
      'function todayIso(): string {',
      'export const todayIso = () => localIsoDate(Date.now());',
      '  const today = new Date().toISOString().slice(0, 10);',
      '  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);',
    ];
    for (const line of old) expect(COPIES.some((c) => c.re.test(line)), line).toBe(true);
  });
});
