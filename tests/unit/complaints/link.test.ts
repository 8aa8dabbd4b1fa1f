import { describe, expect, it } from 'vitest';
import { channelSite, complaintLink, idsFromLink, MAX_PRESELECTED_CONTACTS } from '@/utils/domain/complaints/link';
import { complaintChannelOf } from '@/utils/domain/complaints/complaint-channel';
import { channels } from '@/utils/sites';
import { parseRoute } from '@/entrypoints/dashboard/route';

describe('the link from a finding to a new complaint', () => {
  it('round-trips contacts and rules through the dashboard route', () => {
    const href = complaintLink(['c-1', 'c_2'], ['night-contact']);
    const { section, params } = parseRoute(href);
    expect(section).toBe('complaints');
    expect(idsFromLink(params.get('contacts'))).toEqual(['c-1', 'c_2']);
    expect(idsFromLink(params.get('rules'))).toEqual(['night-contact']);
  });

  it('carries at most the first MAX_PRESELECTED_CONTACTS contacts, and reading caps the same way', () => {
    const ids = Array.from({ length: MAX_PRESELECTED_CONTACTS + 7 }, (_, i) => `c${i}`);
    const { params } = parseRoute(complaintLink(ids, ['r']));
    expect(idsFromLink(params.get('contacts'))).toEqual(ids.slice(0, MAX_PRESELECTED_CONTACTS));
    expect(idsFromLink(ids.join(','))).toHaveLength(MAX_PRESELECTED_CONTACTS);
  });

  it('drops anything that is not an id', () => {
    expect(idsFromLink('ok,<script>,a b,,' + 'x'.repeat(65) + ',fine_2')).toEqual(['ok', 'fine_2']);
    expect(idsFromLink(null)).toEqual([]);
  });

  it("carries the finding's channel, and every registry channel has a complaint site to link to", () => {
    const { params } = parseRoute(complaintLink(['c1'], ['night-contact'], 'nfra'));
    expect(params.get('channel')).toBe('nfra');
    expect(parseRoute(complaintLink(['c1'], ['r'], '<bad>')).params.get('channel')).toBeNull();
    expect(channelSite(['https://*.12315.cn/*'])).toBe('https://www.12315.cn/');
    expect(channelSite(['https://bankcomplaint.hkma.gov.hk/*'])).toBe('https://bankcomplaint.hkma.gov.hk/');
    for (const c of channels) expect(channelSite(c.detect.matches), c.id).toMatch(/^https:\/\/[a-z0-9.-]+\/$/);
  });

  it('prepares the complaint for the first channel that takes one, never for the police', async () => {
    const { flagImpersonation } = await import('@/utils/domain/findings/rules/flag-impersonation');
    const { flagThreat } = await import('@/utils/domain/findings/rules/flag-threat');
    // 110 leads these lists (complaint-channels.md: 110 for threats and impersonation, "reported")…
    expect(flagImpersonation.channels[0]).toBe('cn-police');
    // …but "准备投诉" opens a complaint to the regulator.
    expect(complaintChannelOf(flagImpersonation.channels)).toBe('nfra');
    expect(complaintChannelOf(flagThreat.channels)).toBe('nfra');
    expect(complaintChannelOf(['hk-police', 'hk-fdrc'])).toBe('hk-fdrc');
    expect(complaintChannelOf(['tw-police'])).toBeUndefined();
  });
});
