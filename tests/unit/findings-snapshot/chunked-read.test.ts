import { describe, expect, it } from 'vitest';
import { refreshFindingsSnapshot } from '@/utils/db/repos/findings-snapshot';
import { readFindingsSnapshot, readRuleFindings } from '@/utils/db/repos/findings-snapshot-read';
import { freshDb } from '../helpers/db';
import { isNight } from '@/utils/domain/time/wall-clock';
import { bj, contact } from '../domain/findings/build';

// The background reads the contacts in chunks of 5,000 (one getAll of 70,000
// held the origin's IndexedDB for seconds): every contact must still count,
// across the chunks' edges, in one consistent read.
describe('the findings snapshot reads the log in chunks', () => {
  it('counts every contact of a log larger than two chunks', async () => {
    const db = await freshDb({ jurisdiction: 'CN' });
    // One night call every 2 hours 10 minutes: 12,001 contacts, 5,000 + 5,000 + 2,001.
    const many = Array.from({ length: 12_001 }, (_, i) => contact({ at: bj('2024-01-01', '23:00:00') + i * 7_800_000 }));
    await db.contacts.bulkAdd(many);
    await refreshFindingsSnapshot(db, () => Date.UTC(2027, 0, 1));
    expect((await readFindingsSnapshot(db)).current).toBe(true);
    const night = new Set((await readRuleFindings(db, 'night-contact'))!.flatMap((f) => f.contactIds));
    const expected = many.filter((c) => isNight(c));
    expect(expected.length).toBeGreaterThan(3000);
    expect(night.size).toBe(expected.length);
  }, 60_000);
});
