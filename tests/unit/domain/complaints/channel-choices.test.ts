import { describe, expect, it } from 'vitest';
import { channelChoices } from '@/utils/domain/complaints/channel-choices';
import { channels } from '@/utils/sites';

const ids = (gs: ReturnType<typeof channelChoices>) => gs.flatMap((g) => g.channelIds);
const jurisdictionOf = (id: string) => channels.find((c) => c.id === id)!.jurisdiction;

describe('the channels the New Complaint form offers', () => {
  it('a Taiwan user gets only Taiwan channels; a Hong Kong user only Hong Kong ones', () => {
    expect(channelChoices(channels, 'TW')).toEqual([{ jurisdiction: 'TW', own: true, channelIds: ['twfoi'] }]);
    expect(channelChoices(channels, 'HK')).toEqual([{ jurisdiction: 'HK', own: true, channelIds: ['hkma'] }]);
  });

  it('a mainland user gets the mainland channels and none of the others', () => {
    const got = ids(channelChoices(channels, 'CN'));
    expect(got).toContain('nfra');
    expect(got).toContain('pboc');
    for (const id of got) expect(jurisdictionOf(id)).toBe('CN');
    expect(got).toHaveLength(channels.filter((c) => c.jurisdiction === 'CN').length);
  });

  it('adds the chosen agreement’s jurisdiction (a Hong Kong resident with a mainland loan), as its own group', () => {
    const groups = channelChoices(channels, 'HK', 'CN');
    expect(groups.map((g) => g.jurisdiction)).toEqual(['CN', 'HK']);
    expect(groups.every((g) => g.own)).toBe(true);
    expect(groups.find((g) => g.jurisdiction === 'HK')!.channelIds).toEqual(['hkma']);
  });

  it('with no jurisdiction chosen offers every channel, grouped by its place and none as the user’s', () => {
    for (const user of [null, undefined]) {
      const groups = channelChoices(channels, user);
      expect(groups.map((g) => g.jurisdiction)).toEqual(['CN', 'TW', 'HK']);
      expect(groups.some((g) => g.own)).toBe(false);
      for (const g of groups) for (const id of g.channelIds) expect(jurisdictionOf(id)).toBe(g.jurisdiction);
      expect(ids(groups).sort()).toEqual(channels.map((c) => c.id).sort());
    }
  });
});
