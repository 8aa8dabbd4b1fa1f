import { describe, expect, it } from 'vitest';
import { translate } from '@/utils/i18n/translate';
import { LOCALES } from '@/utils/i18n/locales';

// The report a regulator reads must name things as the app the user filled in does.
describe("the report uses the app's words", () => {
  it.each(LOCALES)('the agreement reference is called as in the agreement view (%s)', (locale) => {
    const app = translate(locale, 'agreement.detail.ref').replace(/[：:]\s*\{ref\}$/, '');
    expect(translate(locale, 'report.agreement.lenderRef')).toBe(app);
  });
  it('zh-CN says 协议编号', () => {
    expect(translate('zh-CN', 'report.agreement.lenderRef')).toBe('协议编号');
  });
});
