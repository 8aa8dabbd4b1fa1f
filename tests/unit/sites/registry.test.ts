import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { channels, channelById } from '@/utils/sites';
import { channelDetects } from '@/utils/sites/detect';
import { contentScriptMatches } from '@/utils/sites/hosts';
import { channelForUrl, hostMatcher } from '@/utils/sites/match';
import { recognizeForm } from '@/utils/domain/complaints/form';
import { checklistFor } from '@/utils/domain/complaints/checklist';
import { emptyRecords } from '../complaints/records-fixture';
import { describeFixture } from '../complaints/parse-fixture';
import { LOCALES } from '@/utils/i18n/locales';
import { foreignScript } from '@/utils/i18n/script-check';
import type { Channel } from '@/utils/sites/types';

/** Every text of a channel that users see, per locale. */
function texts(c: Channel) {
  return [c.name, c.handles, ...c.prerequisites.map((p) => p.text), ...c.deadlines.map((d) => d.what)];
}

describe('complaint channel registry (meta-test)', () => {
  it('has the channels the issue asks for, each once, with its detection part registered', () => {
    const ids = channels.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const need of ['nfra', 'pboc', 'samr12315', 'report12321', 'nifa', 'heimao', 'cca', 'twfoi', 'hkma']) expect(ids).toContain(need);
    expect(channelDetects.map((d) => d.id)).toEqual(ids);
    for (const c of channels) expect(c.detect.id).toBe(c.id);
  });

  it.each(channels.map((c) => [c.id, c] as const))('%s: well-formed patterns, matching test URLs, fixture, checklist, source', (_id, c) => {
    expect(c.detect.matches.length).toBeGreaterThan(0);
    for (const p of c.detect.matches) {
      expect(() => hostMatcher(p)).not.toThrow();
      expect(contentScriptMatches).toContain(p);
    }
    expect(c.testUrls.length).toBeGreaterThan(0);
    for (const u of c.testUrls) expect(channelForUrl(u), u).toBe(c.id);
    expect(existsSync(resolve('tests/fixtures/pages', c.fixture))).toBe(true);
    expect(recognizeForm(describeFixture(c.fixture), c.detect), c.fixture).not.toBeNull();
    expect(checklistFor(c, emptyRecords()).length).toBeGreaterThanOrEqual(6);
    expect(c.source.title).toMatch(/\S/);
    expect(c.source.verifiedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(c.source.confidence).not.toBe('unconfirmed');
    for (const h of c.hotlines) expect(['text', 'reported']).toContain(h.confidence);
    if (c.answerDeadlineId) expect(c.deadlines.map((d) => d.id)).toContain(c.answerDeadlineId);
    expect(LOCALES).toContain(c.defaultLocale);
  });

  it('keeps every channel text in its own script, in all three languages', () => {
    for (const c of channels) {
      for (const t of texts(c)) {
        for (const l of LOCALES) {
          expect(t[l]?.trim(), `${c.id} ${l}`).toBeTruthy();
          expect(foreignScript(l, t[l]), `${c.id} ${l}: ${t[l]}`).toBe('');
        }
      }
    }
  });

  it('refuses malformed or over-broad match patterns', () => {
    for (const bad of [
      '<all_urls>',
      '*://*/*',
      'https://*.nfra.gov.cn',
      'https://nfra.gov.cn/cn/*',
      'https://nfra.gov.cn:8080/*',
      'nfra.gov.cn',
      '*://*.NFRA.gov.cn/*',
      'ftp://nfra.gov.cn/*',
    ]) {
      expect(() => hostMatcher(bad), bad).toThrow(/malformed/);
    }
  });

  it('matches hosts exactly: no look-alike domains, no other schemes', () => {
    expect(channelForUrl('https://www.nfra.gov.cn.evil.example/x')).toBeUndefined();
    expect(channelForUrl('https://evilnfra.gov.cn/x')).toBeUndefined();
    expect(channelForUrl('https://nfra.gov.cn/x')).toBe('nfra');
    expect(channelForUrl('https://sina.com.cn/')).toBeUndefined();
    expect(channelForUrl('https://www.sina.com.cn/tousu')).toBeUndefined();
    expect(channelForUrl('file:///www.nfra.gov.cn/x')).toBeUndefined();
    expect(channelForUrl('not a url')).toBeUndefined();
    expect(channelById('nope')).toBeUndefined();
  });
});
