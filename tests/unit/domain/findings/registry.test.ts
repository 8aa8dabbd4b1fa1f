import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { RULES } from '@/utils/domain/findings/rules';
import { CARD_ART_70, CBA_GUIDELINE, GBT_45251, PUBLIC_SECURITY_2012_42, VERIFIED_ON } from '@/utils/domain/findings/sources';
import { channels } from '@/utils/sites';
import { LOCALES } from '@/utils/i18n/locales';
import { foreignScript } from '@/utils/i18n/script-check';

const RULE_DIR = 'utils/domain/findings/rules';
const TEST_DIR = 'tests/unit/domain/findings';

describe('findings rule registry (one file per rule, every file registered)', () => {
  const files = readdirSync(RULE_DIR).filter((f) => f !== 'index.ts');

  it('registers every rule file, and each rule id once', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual([...ids].sort());
  });

  it('gives every rule a source with confidence, kind and verifiedOn; reported facts carry who, and a report date only when one is known', () => {
    for (const r of RULES) {
      expect(r.basis.length, r.id).toBeGreaterThan(0);
      for (const b of r.basis) {
        // "unconfirmed" is not a possible value: unconfirmed rules never become findings.
        expect(['text', 'reported'], r.id).toContain(b.confidence);
        expect(b.verifiedOn, r.id).toMatch(/^\d{4}-\d\d-\d\d$/);
        expect(['law', 'standard', 'guideline'], r.id).toContain(b.kind);
        if (b.confidence === 'reported') {
          if (b.reportedOn !== undefined) expect(b.reportedOn, r.id).toMatch(/^\d{4}-\d\d(-\d\d)?$/);
          // The day we checked is not a date of report: never pass one off as the other.
          expect(b.reportedOn, r.id).not.toBe(VERIFIED_ON);
          expect(b.reportedIn, r.id).toBeTruthy();
        }
      }
    }
  });

  it('gives 第七十条 no report date (the knowledge file has none)', () => {
    expect(CARD_ART_70.confidence).toBe('reported');
    expect(CARD_ART_70).not.toHaveProperty('reportedOn');
  });

  it('presents reported sources as reported in every language, and names the standard and the guideline for what they are', () => {
    for (const r of RULES) {
      if (!r.basis.some((b) => b.confidence === 'reported')) continue;
      const { 'zh-CN': cn, 'zh-TW': tw, en } = r.explain;
      const all = Object.values(r.words ?? {}).map((w) => w.en).join(' ') + en;
      expect(cn + Object.values(r.words ?? {}).map((w) => w['zh-CN']).join(''), r.id).toContain('据报道');
      expect(tw + Object.values(r.words ?? {}).map((w) => w['zh-TW']).join(''), r.id).toContain('據報導');
      expect(all, r.id).toMatch(/as reported/i);
      expect(all, r.id).not.toMatch(/Collection rules forbid/);
      expect(cn, r.id).not.toContain('催收规范禁止');
      if (r.basis.includes(GBT_45251)) {
        expect(cn, r.id).toContain('国家推荐性标准');
        expect(en, r.id).toContain('national standard GB/T 45251 (recommended)');
      }
      if (r.basis.includes(CBA_GUIDELINE) && r.id !== 'collection-despite-agreement') {
        expect(cn, r.id).toContain('约束会员机构');
        expect(en, r.id).toContain('binding on its members');
      }
    }
  });

  it('cites 治安管理处罚法 (2012) 第四十二条 only for threats, with its year and the 2026 revision', () => {
    const citing = RULES.filter((r) => r.basis.includes(PUBLIC_SECURITY_2012_42)).map((r) => r.id);
    expect(citing).toEqual(['flag-threat']);
    expect(PUBLIC_SECURITY_2012_42.citation.en).toMatch(/2012 text; the law was revised in 2026/);
    expect(PUBLIC_SECURITY_2012_42.citation['zh-CN']).toMatch(/2012年文本.*2026年修订/);
    expect(PUBLIC_SECURITY_2012_42.citation['zh-TW']).toMatch(/2012年文本.*2026年修訂/);
  });

  it('never cites the unconfirmed rules of the knowledge file', () => {
    const all = JSON.stringify(RULES);
    for (const banned of ['自律公约', '第五十条', '消费金融公司管理办法', '第四十一条', '7 natural days']) expect(all).not.toContain(banned);
  });

  it('points only at registry channels, and has a severity', () => {
    const known = new Set(channels.map((c) => c.id));
    for (const r of RULES) {
      expect(r.channels.length, r.id).toBeGreaterThan(0);
      for (const c of r.channels) expect(known.has(c), `${r.id} → ${c}`).toBe(true);
      expect(['high', 'medium', 'low']).toContain(r.severity);
    }
  });

  it('has every text in all three languages and scripts, with the same placeholders', () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const r of RULES) {
      const texts = [r.title, r.explain, ...r.basis.map((b) => b.citation), ...r.basis.flatMap((b) => (b.reportedIn ? [b.reportedIn] : [])), ...Object.values(r.words ?? {})];
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
