import { describe, expect, it } from 'vitest';
import { catalogs, messages } from '@/utils/i18n/messages';
import { LOCALES } from '@/utils/i18n/locales';
import { foreignScript, SCRIPT_PAIRS } from '@/utils/i18n/script-check';
import { readFileSync } from 'node:fs';
import { sampleTexts } from '@/utils/domain/sample/texts';
import { LANGUAGE_ENDONYMS } from '@/utils/i18n/preferences';

describe('locale parity', () => {
  it('has the same keys in every language, in every catalog', () => {
    for (const [name, cat] of Object.entries(catalogs)) {
      const ref = Object.keys(cat['zh-CN']).sort();
      for (const l of LOCALES) expect(Object.keys(cat[l]).sort(), `${name} ${l}`).toEqual(ref);
    }
  });

  it('has no key defined by two catalogs', () => {
    const seen = new Map<string, string>();
    for (const [name, cat] of Object.entries(catalogs)) {
      for (const key of Object.keys(cat['zh-CN'])) {
        expect(seen.get(key), `${key} in ${name}`).toBeUndefined();
        seen.set(key, name);
      }
    }
  });

  it('has no empty string and the same {placeholders} in every language', () => {
    for (const key of Object.keys(messages['zh-CN'])) {
      // A plural argument ({n, plural, one {…} other {…}}) is the placeholder n, like {n}.
      const holes = (s: string) => [...s.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]).sort();
      for (const l of LOCALES) {
        expect(messages[l][key]?.trim(), `${l} ${key}`).toBeTruthy();
        expect(holes(messages[l][key]!), `${l} ${key}`).toEqual(holes(messages['zh-CN'][key]!));
      }
    }
  });

  it('keeps each language in its own script', () => {
    for (const l of LOCALES) {
      for (const [key, text] of Object.entries(messages[l])) expect(foreignScript(l, text), `${l} ${key}: ${text}`).toBe('');
    }
  });

  it('translates the manifest strings in all three languages', () => {
    const read = (dir: string) =>
      JSON.parse(readFileSync(`public/_locales/${dir}/messages.json`, 'utf8')) as Record<string, { message: string }>;
    const [cn, tw, en] = [read('zh_CN'), read('zh_TW'), read('en')];
    expect(Object.keys(tw).sort()).toEqual(Object.keys(cn).sort());
    expect(Object.keys(en).sort()).toEqual(Object.keys(cn).sort());
    for (const k of Object.keys(cn)) {
      expect(foreignScript('zh-CN', cn[k]!.message)).toBe('');
      expect(foreignScript('zh-TW', tw[k]!.message)).toBe('');
      expect(foreignScript('en', en[k]!.message)).toBe('');
    }
  });

  it("keeps the sample dataset's text complete and in each language's script", () => {
    const ref = Object.keys(sampleTexts['zh-CN']).sort();
    for (const l of LOCALES) {
      expect(Object.keys(sampleTexts[l]).sort(), l).toEqual(ref);
      for (const [key, text] of Object.entries(sampleTexts[l])) {
        expect(text.trim(), `${l} ${key}`).toBeTruthy();
        expect(foreignScript(l, text), `${l} ${key}: ${text}`).toBe('');
      }
    }
  });

  it('names each language in its own script (endonyms for the language picker)', () => {
    for (const l of LOCALES) expect(foreignScript(l, LANGUAGE_ENDONYMS[l]), l).toBe('');
    expect(new Set(Object.values(LANGUAGE_ENDONYMS)).size).toBe(LOCALES.length);
  });

  it('the script check itself catches a string in the wrong script', () => {
    expect(SCRIPT_PAIRS.SIMPLIFIED.length).toBe(SCRIPT_PAIRS.TRADITIONAL.length);
    expect(foreignScript('zh-TW', '记录')).not.toBe('');
    expect(foreignScript('zh-CN', '記錄')).not.toBe('');
    expect(foreignScript('en', 'Save 保存')).not.toBe('');
    expect(foreignScript('en', 'Article 70 (第七十条)')).toBe('');
  });
});
