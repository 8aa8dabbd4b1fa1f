import { describe, expect, it, vi } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { browser } from 'wxt/browser';
import { contract } from '@/utils/rpc/contract';
import { handlers } from '@/utils/rpc/handlers';
import { createRouter, type Handler } from '@/utils/rpc/router';
import { ENVELOPE_TAG } from '@/utils/rpc/envelope';
import { restrictLocalStorage } from '@/utils/background/storage-access';
import { parseHiddenHosts, readHiddenHosts } from '@/utils/storage/items';
import { preferencesChanged, preferencesOf } from '@/utils/i18n/page-locale';
import { HIDDEN_HOSTS_KEY } from '@/utils/sites/panel-storage';
import { freshDb, testContext } from '../helpers/db';

// Issue 19 item 6: content scripts cannot disturb extension pages through storage.local.

const route = createRouter(contract, handlers as unknown as Record<string, Handler>);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('storage.local is for trusted contexts', () => {
  it('the content script never reads or writes extension storage; it asks the background', () => {
    for (const file of sources('entrypoints/complaint-panel.content')) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/storage\.(local|sync|session)|wxt\/utils\/storage/);
    }
  });

  it('the background restricts storage.local to trusted contexts where the browser can', async () => {
    const setAccessLevel = vi.fn(async () => {});
    Object.assign(browser.storage.local, { setAccessLevel });
    expect(await restrictLocalStorage()).toBe(true);
    expect(setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
    Object.assign(browser.storage.local, { setAccessLevel: vi.fn(async () => Promise.reject(new Error('session only'))) });
    expect(await restrictLocalStorage()).toBe(false);
    Object.assign(browser.storage.local, { setAccessLevel: undefined });
    expect(await restrictLocalStorage()).toBe(false);
  });

  it('panel.hidden answers for the sender’s own host, to content scripts only', async () => {
    await browser.storage.local.set({ [HIDDEN_HOSTS_KEY]: ['www.cca.org.cn', 42, '<script>'] });
    const db = await freshDb();
    const ask = (caller: 'content' | 'page', senderUrl: string) =>
      route({ tag: ENVELOPE_TAG, method: 'panel.hidden', input: {} }, caller, (c) => ({ ...testContext(db, c), senderUrl, tabId: 1 }));
    expect(await ask('content', 'https://www.cca.org.cn/tsdh/form.html')).toEqual({ ok: true, value: { hidden: true } });
    expect(await ask('content', 'https://www.nfra.gov.cn/x')).toEqual({ ok: true, value: { hidden: false } });
    expect((await ask('page', 'https://www.cca.org.cn/')).ok).toBe(false);
    expect(await readHiddenHosts()).toEqual(['www.cca.org.cn']);
  });

  it('malformed values are ignored', () => {
    expect(parseHiddenHosts('www.cca.org.cn')).toEqual([]);
    expect(parseHiddenHosts([{}, 'A B', 'ok.example'])).toEqual(['ok.example']);
    expect(preferencesOf({ 'ng.locale': '<img>', 'ng.currency': 'XXX' })).toEqual({ locale: null, currency: 'CNY' });
  });

  it('a malformed or unchanged preference write does not reload every extension page', () => {
    const current = preferencesOf({ 'ng.locale': 'zh-CN' });
    expect(preferencesChanged(current, { 'ng.locale': { newValue: { evil: 1 } } })).toBe(false);
    expect(preferencesChanged(current, { 'ng.locale': { newValue: 'zh-CN' } })).toBe(false);
    expect(preferencesChanged(current, { 'ng.currency': { newValue: 'nope' } })).toBe(false);
    expect(preferencesChanged(current, { other: { newValue: 1 } })).toBe(false);
    expect(preferencesChanged(current, { 'ng.locale': { newValue: 'en' } })).toBe(true);
    expect(preferencesChanged(current, { 'ng.currency': { newValue: 'HKD' } })).toBe(true);
  });
});
