import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { RULES } from '@/utils/domain/findings/rules';
import { CARD_ART_70, CBA_CONDUCT, GBT_NIGHT, PSL_2025_50 } from '@/utils/domain/findings/sources';
import { channels } from '@/utils/sites';
import { offlineChannels } from '@/utils/sites/offline';
import { LOCALES } from '@/utils/i18n/locales';
import { foreignScript } from '@/utils/i18n/script-check';

const RULE_DIR = 'utils/domain/findings/rules';
const TEST_DIR = 'tests/unit/domain/findings';

describe('findings rule registry (one file per rule, every file registered)', () => {
  // tw.ts and hk.ts hold the few rules of each of those jurisdictions.
  const files = readdirSync(RULE_DIR).filter((f) => !['index.ts', 'tw.ts', 'hk.ts'].includes(f));

  it('registers every rule file, and each rule id once', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const mainland = ids.filter((id) => !/^(tw|hk)-/.test(id));
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual([...mainland].sort());
    expect(ids.filter((id) => id.startsWith('tw-')).length).toBeGreaterThan(0);
    expect(ids.filter((id) => id.startsWith('hk-')).length).toBeGreaterThan(0);
  });

  it('gives every rule a source with confidence, kind and verifiedOn; reported facts carry who, and a report date only when one is known', () => {
    for (const r of RULES) {
      // Record-only rules ('any') build their basis from the user's agreement record.
      if (r.jurisdiction !== 'any') expect(r.basis.length, r.id).toBeGreaterThan(0);
      for (const b of r.basis) {
        expect(b.jurisdiction, r.id).toBe(r.jurisdiction);
        // "unconfirmed" is not a possible value: unconfirmed rules never become findings.
        expect(['text', 'reported'], r.id).toContain(b.confidence);
        expect(b.verifiedOn, r.id).toMatch(/^\d{4}-\d\d-\d\d$/);
        expect(['law', 'standard', 'guideline'], r.id).toContain(b.kind);
        if (b.confidence === 'reported') {
          if (b.reportedOn !== undefined) expect(b.reportedOn, r.id).toMatch(/^\d{4}-\d\d(-\d\d)?$/);
          // The day we checked is not a date of report: never pass one off as the other.
          if (b.reportedOn !== undefined) expect(b.reportedOn, r.id).toBe(b.published);
          expect(b.reportedIn, r.id).toBeTruthy();
        }
      }
    }
  });

  it('dates 第七十条 by the reproduction the sheet names (pub. 2022-09-13), not by our check', () => {
    expect(CARD_ART_70.confidence).toBe('reported');
    expect(CARD_ART_70.reportedOn).toBe('2022-09-13');
    expect(CARD_ART_70.verifiedOn).toBe('2026-12-01');
  });

  it('presents reported sources as reported in every language, and names the standard and the guideline for what they are', () => {
    for (const r of RULES) {
      if (!r.basis.some((b) => b.confidence === 'reported')) continue;
      const { 'zh-CN': cn, 'zh-TW': tw, en } = r.explain;
      const all =
        Object.values(r.words ?? {})
          .map((w) => w.en)
          .join(' ') + en;
      expect(
        cn +
          Object.values(r.words ?? {})
            .map((w) => w['zh-CN'])
            .join(''),
        r.id,
      ).toMatch(/据[^，。]{0,8}报道/);
      expect(
        tw +
          Object.values(r.words ?? {})
            .map((w) => w['zh-TW'])
            .join(''),
        r.id,
      ).toMatch(/據[^，。]{0,8}報導/);
      expect(all, r.id).toMatch(/as reported|reported by/i);
      expect(all, r.id).not.toMatch(/Collection rules forbid/);
      expect(cn, r.id).not.toContain('催收规范禁止');
      if (r.basis.includes(GBT_NIGHT)) {
        expect(cn, r.id).toContain('国家推荐性标准');
        expect(en, r.id).toContain('national standard GB/T 45251 (recommended)');
      }
      if (r.basis.includes(CBA_CONDUCT)) {
        expect(cn, r.id).toContain('约束会员机构');
        expect(en, r.id).toContain('binding on its members');
      }
    }
  });

  it('cites 治安管理处罚法 only in its 2025 revision (in force 2026-01-01), article 50 only for threats', () => {
    const citing = RULES.filter((r) => r.basis.includes(PSL_2025_50)).map((r) => r.id);
    expect(citing).toEqual(['flag-threat']);
    expect(PSL_2025_50.citation['zh-CN']).toMatch(/2025年修订，2026-01-01施行/);
    expect(PSL_2025_50.citation.en).toMatch(/revised 2025, in force 2026-01-01/);
    expect(JSON.stringify(RULES)).not.toMatch(/2012|于2026年修订|revised in 2026/);
  });

  it('never cites the unconfirmed rules of the knowledge file', () => {
    const all = JSON.stringify(RULES);
    for (const banned of ['自律公约', '第四十二条', '第五十一条', '消费金融公司管理办法', '第四十一条', '7 natural days', '第六十九条'])
      expect(all).not.toContain(banned);
  });

  it('points only at registry channels, and has a severity', () => {
    const known = new Set([...channels, ...offlineChannels].map((c) => c.id));
    for (const r of RULES) {
      // A "worth asking" note points at the lender only.
      if (r.id !== 'agreement-worth-asking') expect(r.channels.length, r.id).toBeGreaterThan(0);
      for (const c of r.channels) expect(known.has(c), `${r.id} → ${c}`).toBe(true);
      expect(['high', 'medium', 'low']).toContain(r.severity);
    }
  });

  it('has every text in all three languages and scripts, with the same placeholders', () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const r of RULES) {
      const texts = [
        r.title,
        r.explain,
        ...r.basis.map((b) => b.citation),
        ...r.basis.flatMap((b) => (b.reportedIn ? [b.reportedIn] : [])),
        ...Object.values(r.words ?? {}),
      ];
      for (const t of texts) {
        for (const l of LOCALES) {
          expect(t[l].trim(), `${r.id} ${l}`).not.toBe('');
          expect(foreignScript(l, t[l]), `${r.id} ${l}: ${t[l]}`).toBe('');
          expect(holes(t[l]), `${r.id} ${l}`).toEqual(holes(t['zh-CN']));
        }
      }
    }
  });

  it('has tests: every rule id appears in a test of this folder besides this one', () => {
    const tests = readdirSync(TEST_DIR)
      .filter((f) => f.endsWith('.test.ts') && f !== 'registry.test.ts')
      .map((f) => readFileSync(`${TEST_DIR}/${f}`, 'utf8'))
      .join('\n');
    for (const r of RULES) {
      const flag = r.id.replace(/^flag-/, '');
      // Flag rules are covered by the loop over CONTACT_FLAGS in flags.test.ts.
      const covered = tests.includes(`'${r.id}'`) || (r.id.startsWith('flag-') && tests.includes('CONTACT_FLAGS') && flag.length > 0);
      expect(covered, r.id).toBe(true);
    }
  });
});
