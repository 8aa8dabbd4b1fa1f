import { describe, expect, it } from 'vitest';
import { draftForField } from '@/utils/domain/complaints/drafts';
import { fitUnits, firstSentence } from '@/utils/domain/complaints/fit';
import { LOCALES, type Locale } from '@/utils/i18n/locales';
import { emptyRecords, fullRecords } from './records-fixture';

const o = (locale: Locale) => ({ locale, tzOffsetMin: 480 });
const facts = (maxLength: number | undefined) => ({
  key: 'k',
  section: 'facts' as const,
  multiline: true,
  ...(maxLength ? { maxLength } : {}),
});

describe('facts draft fitted to maxlength, in three languages', () => {
  it.each(LOCALES)('%s: 20 is too small for the shortest useful draft; Copy keeps the full text', (locale) => {
    const d = draftForField(facts(20), fullRecords(), o(locale));
    expect(d.fits).toBe(false);
    expect(d.full.length).toBeGreaterThan(500);
    expect(d.empty).toBe(false);
  });

  it('keeps more as the field grows, and all of it when it fits', () => {
    for (const locale of LOCALES) {
      const sizes = [200, 500, 5000].map((n) => draftForField(facts(n), fullRecords(), o(locale)));
      expect(sizes[0]!.text.length).toBeLessThan(sizes[1]!.text.length);
      expect(sizes[1]!.text.length).toBeLessThan(sizes[2]!.text.length);
      expect(sizes[2]!.text).toBe(sizes[2]!.full);
      expect(sizes[2]!.droppedCount).toBe(0);
    }
  });

  it('writes in the page language, whatever the UI language', () => {
    const [cn, tw, en] = LOCALES.map((l) => draftForField(facts(5000), fullRecords(), o(l)).text);
    expect(cn).toContain('达成还款协议');
    expect(tw).toContain('達成還款協議');
    expect(en).toContain('repayment agreement');
    // GB/T 45251 has no clause on collection after an agreement (collection-rules.md): not cited for it.
    expect(cn).not.toContain('GB/T');
  });

  it('says a section is empty when nothing is recorded', () => {
    const d = draftForField(facts(500), emptyRecords(), o('zh-CN'));
    expect(d.empty).toBe(false);
    expect(draftForField({ key: 'd', section: 'demands', multiline: true }, emptyRecords(), o('zh-CN'))).toMatchObject({
      empty: true,
      text: '',
    });
  });
});

describe('other sections at 20 / 200 / 2000', () => {
  it.each(LOCALES)('%s: short fields get exact values; long lists are shortened by whole items', (locale) => {
    const r = fullRecords();
    const at = (section: 'identity' | 'amount' | 'evidence' | 'demands' | 'respondent', maxLength: number, multiline = true) =>
      draftForField(
        { key: 'k', section, multiline, maxLength, ...(section === 'identity' ? { part: 'name' as const } : {}) },
        r,
        o(locale),
      );
    expect(at('identity', 20, false)).toMatchObject({ text: '李明', fits: true });
    expect(at('amount', 20, false).text).toBe('12345.67');
    expect(at('evidence', 20).fits).toBe(false);
    const ev200 = at('evidence', 200);
    expect(ev200.fits).toBe(true);
    expect(ev200.text.length).toBeLessThanOrEqual(200);
    expect(ev200.text).toContain('screenshot-1.png');
    const ev2000 = at('evidence', 2000);
    expect(ev2000.text).toContain('1'.repeat(64));
    expect(ev2000.text.split('\n')).toHaveLength(3);
    expect(at('demands', 500).text.split('\n')).toHaveLength(3);
    // A one-line institution field gets the institution's name and nothing else (issue 16, item 7).
    expect(at('respondent', 200, false).text).toBe('示例消费金融');
    expect(at('respondent', 200, true).text).toContain('某某催收');
  });
});

describe('fitUnits', () => {
  it('never returns more than max when it says it fits, never splits a variant, and fills by priority', () => {
    const units = [
      { variants: ['A sentence.'], required: true },
      { variants: ['Long second sentence here.', 'Short.'], priority: 2 },
      { variants: ['Third one.'], priority: 1 },
    ];
    expect(fitUnits(units, { max: 30, separator: ' ' })).toMatchObject({ fits: true, text: 'A sentence. Short. Third one.' });
    expect(fitUnits(units, { max: 22, separator: ' ' })).toMatchObject({ fits: true, text: 'A sentence. Third one.' });
    expect(fitUnits(units, { max: 5, separator: ' ' }).fits).toBe(false);
    expect(fitUnits(units, { separator: ' ' }).text).toBe('A sentence. Long second sentence here. Third one.');
  });

  it('gives every unit its essential variant before any unit its richer one', () => {
    const units = [
      { variants: ['AAAAAAAAAAAAAAAAAAAA.', 'AAAA.', 'A.'], required: true, priority: 1, essential: 1 },
      { variants: ['BBBB.'], priority: 2 },
    ];
    expect(fitUnits(units, { max: 12, separator: ' ' }).text).toBe('AAAA. BBBB.');
  });

  it('gives every core before any essential variant', () => {
    const units = [
      { variants: ['AAAAAAAAAAAAAAAAAAAA.', 'AAAA.'], required: true, priority: 1 },
      { variants: ['BBBBBBBBBB words.', 'B: words.'], priority: 2, essential: 0, core: 1 },
    ];
    // Without the core round A would take its rich variant first and leave B no room.
    expect(fitUnits(units, { max: 16, separator: ' ' }).text).toBe('AAAA. B: words.');
  });

  it('uses a variant that leans on another unit only while that unit is present', () => {
    const first = { variants: ['Doc (as reported) says X.'], priority: 1 };
    const second = { variants: ['Doc says Y.', 'Doc (as reported) says Y.'], priority: 2, needs: [first], standaloneFrom: 1 };
    expect(fitUnits([first, second], { max: 40, separator: ' ' }).text).toBe('Doc (as reported) says X. Doc says Y.');
    // No room for the first: the second says it all itself.
    expect(fitUnits([first, second], { max: 25, separator: ' ' }).text).toBe('Doc (as reported) says X.');
    const long = { variants: ['Doc (as reported) says a lot more than fits here.'], priority: 1 };
    const leaning = { ...second, needs: [long] };
    expect(fitUnits([long, leaning], { max: 30, separator: ' ' }).text).toBe('Doc (as reported) says Y.');
    // A unit leaned on that is not in the draft at all: the standalone variant.
    expect(fitUnits([second], { max: 30, separator: ' ' }).text).toBe('Doc (as reported) says Y.');
  });

  it('shows a heading only with something under it', () => {
    const units = [
      { variants: ['Head.'], required: true },
      { variants: ['Evidence:'], heading: true },
      { variants: ['1. a very long item that cannot fit.'] },
    ];
    expect(fitUnits(units, { max: 10, separator: '\n' }).text).toBe('Head.');
    expect(fitUnits(units, { max: 60, separator: '\n' }).text).toBe('Head.\nEvidence:\n1. a very long item that cannot fit.');
  });

  it('finds the first sentence in Chinese and English', () => {
    expect(firstSentence('今天来电。明天再来。')).toBe('今天来电。');
    expect(firstSentence('Called at 23:00. Again at 23:30.')).toBe('Called at 23:00.');
    expect(firstSentence('no stop')).toBe('no stop');
  });
});
