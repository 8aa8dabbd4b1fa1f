import { describe, expect, it } from 'vitest';
import { syncSiteScripts, SITE_SCRIPT_PREFIX, type SiteScriptApi } from '@/utils/background/complaint-sites';

function fakeApi(sites: Array<{ id: string; pattern: string }>, granted: string[], registered: string[]) {
  const state = { registered: [...registered], calls: [] as string[] };
  const api: SiteScriptApi = {
    sites: async () => sites,
    granted: async () => granted,
    registered: async () => state.registered,
    register: async (s) => {
      state.calls.push(`register ${s.map((x) => `${x.id}=${x.matches.join()}`).join(' ')}`);
      state.registered.push(...s.map((x) => x.id));
    },
    unregister: async (ids) => {
      state.calls.push(`unregister ${ids.join(' ')}`);
      state.registered = state.registered.filter((x) => !ids.includes(x));
    },
  };
  return { api, state };
}

describe('content scripts for user-added sites', () => {
  it('registers only sites whose permission is granted, once', async () => {
    const { api, state } = fakeApi(
      [
        { id: 'a', pattern: 'https://a.example/*' },
        { id: 'b', pattern: 'https://b.example/*' },
      ],
      ['https://a.example/*', '*://*.nfra.gov.cn/*'],
      ['other-feature-script'],
    );
    expect(await syncSiteScripts(api)).toEqual({ added: [`${SITE_SCRIPT_PREFIX}a`], removed: [] });
    expect(state.calls).toEqual([`register ${SITE_SCRIPT_PREFIX}a=https://a.example/*`]);
    expect(await syncSiteScripts(api)).toEqual({ added: [], removed: [] });
  });

  it('unregisters when the permission is revoked or the site removed, leaving other scripts alone', async () => {
    const { api, state } = fakeApi(
      [{ id: 'a', pattern: 'https://a.example/*' }],
      [],
      [`${SITE_SCRIPT_PREFIX}a`, `${SITE_SCRIPT_PREFIX}gone`, 'other'],
    );
    expect(await syncSiteScripts(api)).toEqual({ added: [], removed: [`${SITE_SCRIPT_PREFIX}a`, `${SITE_SCRIPT_PREFIX}gone`] });
    expect(state.registered).toEqual(['other']);
  });
});
