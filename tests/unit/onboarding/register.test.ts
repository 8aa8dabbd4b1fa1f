import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerOnboarding } from '@/utils/background/onboarding';

describe('first-run page', () => {
  it('opens the onboarding page on install only, not on update or browser update', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    registerOnboarding();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'chrome_update' });
    expect(create).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]![0].url).toMatch(/\/onboarding\.html$/);
  });
});
