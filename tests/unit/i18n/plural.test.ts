import { describe, expect, it } from 'vitest';
import { translate } from '@/utils/i18n/translate';
import { daySentence, dayView } from '@/utils/domain/contacts/day-view';
import { messages } from '@/utils/i18n/messages';

// Plural choice in messages ({n, plural, one {…} other {…}}, Intl.PluralRules):
// "1 call from 1 number" in English, no plural forms in Chinese.

describe('plurals', () => {
  it('chooses the English singular for 1 and the plural otherwise, in one sentence with two counts', () => {
    const s = (calls: number, numbers: number) => translate('en', 'import.day.sentenceNoNight', { date: '3/11', calls, numbers });
    expect(s(1, 1)).toBe('3/11: 1 call from 1 number');
    expect(s(2, 1)).toBe('3/11: 2 calls from 1 number');
    expect(s(23, 7)).toBe('3/11: 23 calls from 7 numbers');
    expect(s(0, 0)).toBe('3/11: 0 calls from 0 numbers');
    expect(translate('en', 'import.preview.duplicates', { count: 1 })).toMatch(/^1 is already logged/);
    expect(translate('en', 'import.preview.duplicates', { count: 4 })).toMatch(/^4 are already logged/);
    expect(translate('en', 'import.confirm', { count: 1 })).toBe('Import 1 record');
  });

  it('leaves Chinese as it is (one form for every number)', () => {
    expect(translate('zh-CN', 'import.day.sentenceNoNight', { date: '11月3日', calls: 1, numbers: 1 })).toBe('11月3日：1 个号码来电 1 次');
    expect(translate('zh-TW', 'import.day.sentenceNoNight', { date: '11月3日', calls: 1, numbers: 1 })).toBe('11月3日：1 個號碼來電 1 次');
  });

  it('quotes the day view in drafts with the right forms (daySentence stays as it was)', () => {
    const view = { ...dayView([], '2026-11-03'), calls: 1, numbers: 1 };
    expect(daySentence(view, (k, p) => translate('en', k, p))).toBe('3/11: 1 call from 1 number');
    expect(daySentence({ ...view, after22: 1 }, (k, p) => translate('en', k, p))).toBe('3/11: 1 call from 1 number, 1 after 22:00');
  });

  it('matches =N exactly, and keeps an argument without a value as written', () => {
    const tmpl = '{n, plural, =0 {none} one {# item} other {# items}}';
    messages.en['test.plural'] = tmpl;
    try {
      expect(translate('en', 'test.plural', { n: 0 })).toBe('none');
      expect(translate('en', 'test.plural', { n: 1 })).toBe('1 item');
      expect(translate('en', 'test.plural', { n: 1.5 })).toBe('1.5 items');
      expect(translate('en', 'test.plural', { m: 1 })).toBe(tmpl);
    } finally {
      delete messages.en['test.plural'];
    }
  });

  it('leaves no English import string with a bare count before a plural noun', () => {
    for (const [key, text] of Object.entries(messages.en)) {
      if (!key.startsWith('import.')) continue;
      expect(text, key).not.toMatch(/\{(count|calls|numbers)\} (calls|numbers|records|messages|are|more)\b/);
    }
  });
});
