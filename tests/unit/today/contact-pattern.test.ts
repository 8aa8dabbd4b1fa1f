import { describe, expect, it } from 'vitest';
import { contactPattern, MAX_DAYS } from '@/utils/domain/charts/contact-pattern';
import { bj, contact } from '../domain/findings/build';

describe('contact pattern (heatmap and daily bars)', () => {
  it('counts incoming contacts per day and hour on the wall clock, with the leading lender, and calls/SMS per day', () => {
    const p = contactPattern(
      [
        contact({ at: bj('2026-03-10', '23:30:00'), lenderId: 'A' }),
        contact({ at: bj('2026-03-10', '23:10:00'), lenderId: 'B', channel: 'missed-call', connected: false }),
        contact({ at: bj('2026-03-10', '23:50:00'), lenderId: 'B', channel: 'sms' }),
        contact({ at: bj('2026-03-12', '09:00:00'), lenderId: 'A' }),
        contact({ at: bj('2026-03-12', '10:00:00'), lenderId: 'A', direction: 'outgoing' }),
      ],
      ['2026-03-11'],
    );
    expect(p.rows.map((r) => r.date)).toEqual(['2026-03-10', '2026-03-11', '2026-03-12']);
    expect(p.rows[0]!.cells[23]).toEqual({ hour: 23, count: 3, lenderId: 'B' });
    expect(p.rows[0]).toMatchObject({ calls: 2, sms: 1, agreement: false });
    expect(p.rows[1]).toMatchObject({ calls: 0, sms: 0, agreement: true });
    expect(p.rows[2]!.cells[10]!.count).toBe(0); // the user's own call is not counted
    expect(p.max).toBe(3);
    expect(p.lenderIds).toEqual(['A', 'B']);
    expect(p.night[23]).toBe(true);
    expect(p.night[12]).toBe(false);
  });

  it('draws at most the newest MAX_DAYS days and says so', () => {
    const p = contactPattern([contact({ at: bj('2026-01-01', '10:00:00') }), contact({ at: bj('2026-06-01', '10:00:00') })], []);
    expect(p.rows).toHaveLength(MAX_DAYS);
    expect(p.rows.at(-1)!.date).toBe('2026-06-01');
    expect(p.truncated).toBe(true);
    expect(contactPattern([], []).rows).toEqual([]);
  });

  it('starts at an agreement made shortly before the first contact, so the days after it are visible', () => {
    const p = contactPattern([contact({ at: bj('2026-03-10', '10:00:00') })], ['2026-03-07', '2025-01-01']);
    expect(p.rows.map((r) => r.date)).toEqual(['2026-03-07', '2026-03-08', '2026-03-09', '2026-03-10']);
    expect(p.rows[0]!.agreement).toBe(true);
  });
});
