import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { RULES } from '@/utils/domain/findings/rules';
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

  it('gives every rule a source with confidence and verifiedOn; reported facts carry who and when', () => {
    for (const r of RULES) {
      expect(r.basis.length, r.id).toBeGreaterThan(0);
      for (const b of r.basis) {
        // "unconfirmed" is not a possible value: unconfirmed rules never become findings.
        expect(['text', 'reported'], r.id).toContain(b.confidence);
        expect(b.verifiedOn, r.id).toMatch(/^\d{4}-\d\d-\d\d$/);
        if (b.confidence === 'reported') {
          expect(b.reportedOn, r.id).toMatch(/^\d{4}-\d\d(-\d\d)?$/);
          expect(b.reportedIn, r.id).toBeTruthy();
        }
      }
    }
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
