import { describe, expect, it } from 'vitest';
import 'fake-indexeddb/auto';
import { NgDatabase } from '@/utils/db/schema';
import { getJurisdiction, setJurisdiction } from '@/utils/db/repos/jurisdiction';
import { refreshFindingsSnapshot } from '@/utils/db/repos/findings-snapshot';
import { readFindingsSnapshot } from '@/utils/db/repos/findings-snapshot-read';
import { jurisdictionFromLocale } from '@/utils/domain/jurisdiction/from-locale';
import { bj, contact } from '../domain/findings/build';

describe('the user’s jurisdiction', () => {
  it('defaults from the browser’s region, never from the script alone', () => {
    expect(jurisdictionFromLocale(['zh-TW'])).toBe('TW');
    expect(jurisdictionFromLocale(['zh-Hant-HK'])).toBe('HK');
    expect(jurisdictionFromLocale(['en-HK'])).toBe('HK');
    expect(jurisdictionFromLocale(['zh-CN'])).toBe('CN');
    expect(jurisdictionFromLocale(['zh-Hant'])).toBeUndefined();
    expect(jurisdictionFromLocale(['zh', 'en-US'])).toBeUndefined();
    expect(jurisdictionFromLocale(['en-US', 'zh-TW'])).toBe('TW');
  });

  it('is stored in settings; changing it makes the findings snapshot be computed again under the new rulebook', async () => {
    const db = new NgDatabase(`j-${Math.random()}`);
    expect(await getJurisdiction(db)).toBeUndefined();
    await db.contacts.add(contact({ lenderId: 'L1', at: bj('2026-03-10', '23:00:00') }));
    // Not chosen yet: no rulebook is assumed (the views ask), so nothing is found.
    await refreshFindingsSnapshot(db, () => 1);
    expect((await readFindingsSnapshot(db)).groups).toEqual([]);
    await setJurisdiction(db, 'CN');
    await refreshFindingsSnapshot(db, () => 1);
    expect((await readFindingsSnapshot(db)).groups!.map((g) => g.ruleId)).toEqual(['night-contact']);
    await setJurisdiction(db, 'TW');
    expect(await getJurisdiction(db)).toBe('TW');
    expect((await readFindingsSnapshot(db)).current).toBe(false);
    await refreshFindingsSnapshot(db, () => 2);
    const snap = await readFindingsSnapshot(db);
    expect(snap.current).toBe(true);
    expect(snap.groups!.map((g) => g.ruleId)).toEqual(['tw-night-contact']);
    db.close();
  });
});
