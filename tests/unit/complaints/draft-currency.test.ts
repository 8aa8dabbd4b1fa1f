import { describe, expect, it } from 'vitest';
import { draftForField } from '@/utils/domain/complaints/drafts';
import { LOCALES } from '@/utils/i18n/locales';
import { fullRecords } from './records-fixture';

const facts = { key: 'k', section: 'facts' as const, multiline: true, maxLength: 5000 };

describe('complaint drafts state amounts in the user’s currency', () => {
  it('defaults to CNY with the ¥ sign, never a hard-coded 元 or "yuan"', () => {
    for (const locale of LOCALES) {
      const text = draftForField(facts, fullRecords(), { locale, tzOffsetMin: 480 }).text;
      expect(text, locale).toContain('¥11,000.00');
      expect(text, locale).not.toMatch(/11000\.00|元|yuan/);
    }
  });

  it('uses the currency passed in (Taiwan dollars, Hong Kong dollars)', () => {
    expect(draftForField(facts, fullRecords(), { locale: 'zh-TW', tzOffsetMin: 480, currency: 'TWD' }).text).toContain('NT$11,000.00');
    expect(draftForField(facts, fullRecords(), { locale: 'en', tzOffsetMin: 480, currency: 'HKD' }).text).toContain(
      'repay HK$11,000.00 in total',
    );
  });
});
