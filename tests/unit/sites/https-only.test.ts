import { describe, expect, it } from 'vitest';
import { channelDetects } from '@/utils/sites/detect';
import { channelForUrl, hostMatcher } from '@/utils/sites/match';
import { shouldInject } from '@/utils/background/registry-injection';

describe('registry hosts are https only', () => {
  it('declares only https patterns', () => {
    for (const c of channelDetects) for (const p of c.matches) expect(p, `${c.id} ${p}`).toMatch(/^https:\/\//);
  });

  it('does not recognise a plain-http page on a registry host', () => {
    expect(channelForUrl('https://www.nfra.gov.cn/complaint')).toBe('nfra');
    expect(channelForUrl('http://www.nfra.gov.cn/complaint')).toBeUndefined();
  });

  it('lets a * scheme pattern match both', () => {
    const m = hostMatcher('*://*.example.org/*');
    expect(m('a.example.org', 'http:')).toBe(true);
    expect(m('a.example.org', 'https:')).toBe(true);
    expect(hostMatcher('https://a.example.org/*')('a.example.org', 'http:')).toBe(false);
  });
});

describe('injection after load', () => {
  it('injects only into a registry page that has finished loading', () => {
    expect(shouldInject({ status: 'complete' }, 'https://tousu.sina.com.cn/complaint/new')).toBe(true);
    expect(shouldInject({ status: 'loading' }, 'https://tousu.sina.com.cn/complaint/new')).toBe(false);
    expect(shouldInject({}, 'https://tousu.sina.com.cn/complaint/new')).toBe(false);
    expect(shouldInject({ status: 'complete' }, 'https://example.com/complaint')).toBe(false);
    expect(shouldInject({ status: 'complete' }, 'http://tousu.sina.com.cn/complaint/new')).toBe(false);
    // Other tabs carry no URL for us (no host permission there): ignored.
    expect(shouldInject({ status: 'complete' }, undefined)).toBe(false);
  });
});
