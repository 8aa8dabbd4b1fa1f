import { describe, expect, it } from 'vitest';
import { draftForField } from '@/utils/domain/complaints/drafts';
import { factsUnits } from '@/utils/domain/complaints/drafts/facts';
import { fitUnits, firstSentence } from '@/utils/domain/complaints/fit';
import { translate } from '@/utils/i18n/translate';
import { LOCALES, type Locale } from '@/utils/i18n/locales';
import { emptyRecords, fullRecords } from './records-fixture';

const TZ = 480;
const facts = (maxLength: number | undefined) => ({ key: 'k', section: 'facts' as const, multiline: true, ...(maxLength ? { maxLength } : {}) });

/** Every line a facts draft may contain: any variant of any unit, or an omission note. */
function allowedLines(locale: Locale, contactCount: number): Set<string> {
  const r = fullRecords(contactCount);
  const lines = new Set(factsUnits(locale, r).flatMap((u) => u.variants));
  for (let n = 1; n <= contactCount; n++) {
    lines.add(translate(locale, 'draft.contacts.omitted', { count: n }));
  }
  return lines;
}

describe('facts draft fitted to maxlength, in three languages', () => {
  it.each(LOCALES)('%s: 20 is too small for the shortest useful draft; Copy keeps the full text', (locale) => {
    const d = draftForField(facts(20), fullRecords(), locale, TZ);
    expect(d.fits).toBe(false);
    expect(d.full.length).toBeGreaterThan(500);
    expect(d.empty).toBe(false);
  });

  it.each(LOCALES.flatMap((l) => [200, 500, 2000].map((n) => [l, n] as const)))('%s at %i: fits, whole sentences only', (locale, max) => {
    const d = draftForField(facts(max), fullRecords(), locale, TZ);
    expect(d.fits).toBe(true);
    expect(d.text.length).toBeLessThanOrEqual(max);
    const allowed = allowedLines(locale, 10);
    for (const line of d.text.split('\n')) expect(allowed.has(line), `${locale}: "${line}"`).toBe(true);
    // The agreement and the latest contact survive any shortening.
    expect(d.text).toContain('2026-09-20');
    expect(d.text).toContain('2026-10-10');
    if (d.droppedCount > 0) expect(d.text).toMatch(/从略|從略|omitted/);
  });

  it('keeps more of the chronology as the field grows, and all of it at 2000', () => {
    for (const locale of LOCALES) {
      const sizes = [200, 500, 2000].map((n) => draftForField(facts(n), fullRecords(), locale, TZ));
      expect(sizes[0]!.text.length).toBeLessThan(sizes[1]!.text.length);
      expect(sizes[1]!.text.length).toBeLessThan(sizes[2]!.text.length);
      expect(sizes[2]!.text).toBe(sizes[2]!.full);
      expect(sizes[2]!.droppedCount).toBe(0);
    }
  });

  it('drops the middle of the chronology first, keeping the first and latest contacts', () => {
    const d = draftForField(facts(300), fullRecords(), 'zh-CN', TZ);
    expect(d.droppedCount).toBeGreaterThan(0);
    expect(d.text).toContain('2026-10-01 10:00');
    expect(d.text).toContain('2026-10-10 10:00');
    expect(d.text).not.toContain('2026-10-05 10:00');
  });

  it('writes in the page language, whatever the UI language', () => {
    const [cn, tw, en] = LOCALES.map((l) => draftForField(facts(2000), fullRecords(), l, TZ).text);
    expect(cn).toContain('达成还款协议');
    expect(tw).toContain('達成還款協議');
    expect(en).toContain('repayment agreement');
    expect(cn).toContain('据报道，2025-03');
    expect(en).toContain('as reported, 2025-03');
  });

  it('says a section is empty when nothing is recorded', () => {
    const d = draftForField(facts(500), emptyRecords(), 'zh-CN', TZ);
    expect(d.empty).toBe(true);
    expect(d.text).toBe('');
  });
});

describe('other sections at 20 / 200 / 500 / 2000', () => {
  it.each(LOCALES)('%s: short fields get exact values; long lists are shortened by whole items', (locale) => {
    const r = fullRecords();
    const name = draftForField({ key: 'n', section: 'identity', part: 'name', multiline: false, maxLength: 20 }, r, locale, TZ);
    expect(name).toMatchObject({ text: '李明', fits: true });
    const amount = draftForField({ key: 'a', section: 'amount', multiline: false, maxLength: 20 }, r, locale, TZ);
    expect(amount.text).toBe('12345.67');
    const ev20 = draftForField({ key: 'e', section: 'evidence', multiline: true, maxLength: 20 }, r, locale, TZ);
    expect(ev20.fits).toBe(false);
    const ev200 = draftForField({ key: 'e', section: 'evidence', multiline: true, maxLength: 200 }, r, locale, TZ);
    expect(ev200.fits).toBe(true);
    expect(ev200.text.length).toBeLessThanOrEqual(200);
    expect(ev200.text).toContain('screenshot-1.png');
    const ev2000 = draftForField({ key: 'e', section: 'evidence', multiline: true, maxLength: 2000 }, r, locale, TZ);
    expect(ev2000.text).toContain('1'.repeat(64));
    expect(ev2000.text.split('\n')).toHaveLength(3);
    const dem = draftForField({ key: 'd', section: 'demands', multiline: true, maxLength: 500 }, r, locale, TZ);
    expect(dem.text.split('\n')).toHaveLength(3);
    const resp = draftForField({ key: 'r', section: 'respondent', multiline: false, maxLength: 200 }, r, locale, TZ);
    expect(resp.text.startsWith('示例消费金融')).toBe(true);
    expect(resp.text).toContain('某某催收');
  });
});

describe('fitUnits', () => {
  it('never returns more than max when it says it fits, and never splits a variant', () => {
    const units = [
      { variants: ['A sentence.'], required: true },
      { variants: ['Long second sentence here.', 'Short.'], dropRank: 2, group: 'g' },
      { variants: ['Third one.'], dropRank: 3, group: 'g' },
    ];
    const omitted = (_g: string, n: number) => `(${n} omitted.)`;
    const r = fitUnits(units, { max: 25, separator: ' ', omitted });
    expect(r).toMatchObject({ fits: true, text: 'A sentence. (2 omitted.)' });
    expect(fitUnits(units, { max: 5, separator: ' ', omitted }).fits).toBe(false);
    expect(fitUnits(units, { separator: ' ' }).text).toBe('A sentence. Long second sentence here. Third one.');
  });

  it('finds the first sentence in Chinese and English', () => {
    expect(firstSentence('今天来电。明天再来。')).toBe('今天来电。');
    expect(firstSentence('Called at 23:00. Again at 23:30.')).toBe('Called at 23:00.');
    expect(firstSentence('no stop')).toBe('no stop');
  });
});
