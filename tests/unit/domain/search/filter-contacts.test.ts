import { describe, expect, it } from 'vitest';
import { filterContacts } from '@/utils/domain/search/filter-contacts';
import { groupByDay } from '@/utils/domain/contacts/group-by-day';
import { bj, contact } from '../findings/build';

describe('contact filters and the day timeline', () => {
  const a = contact({ at: bj('2026-03-09', '23:30:00'), lenderId: 'L1', channel: 'sms', flags: ['threat'] });
  const b = contact({ at: bj('2026-03-10', '00:30:00'), lenderId: 'L2', agreementId: 'A2', summary: '被催收员辱骂' });
  const c = contact({ at: bj('2026-03-10', '09:00:00'), lenderId: 'L1' });

  it('filters by lender, agreement, channel, flag, date range and text together', () => {
    expect(filterContacts([a, b, c], { lenderId: 'L1' })).toEqual([a, c]);
    expect(filterContacts([a, b, c], { agreementId: 'A2' })).toEqual([b]);
    expect(filterContacts([a, b, c], { channel: 'sms' })).toEqual([a]);
    expect(filterContacts([a, b, c], { flag: 'threat' })).toEqual([a]);
    expect(filterContacts([a, b, c], { from: '2026-03-10', to: '2026-03-10' })).toEqual([b, c]);
    expect(filterContacts([a, b, c], { to: '2026-03-09' })).toEqual([a]);
    expect(filterContacts([a, b, c], { query: '辱骂', lenderId: 'L2' })).toEqual([b]);
    expect(filterContacts([a, b, c], { query: '辱骂', lenderId: 'L1' })).toEqual([]);
  });

  it('groups by local day, newest first', () => {
    expect(groupByDay([a, b, c]).map((g) => [g.date, g.contacts.map((x) => x.id)])).toEqual([
      ['2026-03-10', [c.id, b.id]],
      ['2026-03-09', [a.id]],
    ]);
  });
});
