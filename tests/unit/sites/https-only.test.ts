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

describe('already-open complaint pages', () => {
  it('injects into registry tabs open at install, and only those', async () => {
    const { browser } = await import('wxt/browser');
    const { vi } = await import('vitest');
    const { injectIntoOpenRegistryTabs } = await import('@/utils/background/registry-injection');
    const executeScript = vi.fn(async () => []);
    (browser as unknown as { scripting: unknown }).scripting = { executeScript };
    const query = vi.spyOn(browser.tabs, 'query').mockResolvedValue([
      { id: 1, url: 'https://www.nfra.gov.cn/complaint' },
      { id: 2, url: 'http://www.nfra.gov.cn/complaint' },
      { id: 3, url: undefined },
    ] as never);
    await injectIntoOpenRegistryTabs(['https://*.nfra.gov.cn/*']);
    expect(query).toHaveBeenCalledWith({ url: ['https://*.nfra.gov.cn/*'], status: 'complete' });
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 1, frameIds: [0] }, files: ['/content-scripts/complaint-panel.js'] });
  });
});
