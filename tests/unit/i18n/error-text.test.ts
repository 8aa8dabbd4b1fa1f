import { afterEach, describe, expect, it } from 'vitest';
import { errorText } from '@/components/ErrorMessage';
import { AppError, invalid } from '@/utils/model/errors';
import { setLocale } from '@/utils/i18n/translate';
import { foreignScript } from '@/utils/i18n/script-check';

const valibot = (field?: string) =>
  new AppError({
    code: 'invalid-input',
    messageKey: 'error.invalidInput',
    message: `${field ?? ''}: Invalid length: Expected <=200 but received 201`,
    ...(field ? { field } : {}),
  });

afterEach(() => setLocale('zh-CN'));

describe('error text never shows valibot’s English detail', () => {
  it('names the field in the user’s language when it is known', () => {
    setLocale('zh-CN');
    expect(errorText(valibot('person.phone'))).toBe('请检查“电话”一项。');
    expect(errorText(valibot('terms.totalToRepayFen'))).toBe('请检查“金额”一项。');
    setLocale('zh-TW');
    expect(errorText(valibot('lenderId'))).toBe('請檢查「貸款方」一項。');
    setLocale('en');
    expect(errorText(valibot('at'))).toBe('Please check the field "time".');
  });

  it('leaves the field out when it is not known, or when there is no message key at all', () => {
    setLocale('zh-CN');
    expect(errorText(valibot('flags.3'))).toBe('请检查输入的内容。');
    expect(errorText(new AppError({ code: 'invalid-input', message: 'Invalid type: Expected string', field: 'summary' }))).toBe(
      '请检查“内容摘要”一项。',
    );
    expect(errorText(new AppError({ code: 'conflict', message: 'the contact already exists' }))).not.toMatch(/contact already/);
  });

  it('keeps specific messages, with their parameters', () => {
    setLocale('en');
    expect(errorText(invalid('file', 'evidence.error.tooLarge', 'larger than 25 MB', { maxMb: 25 }))).toContain('25');
  });

  it('in Chinese, no Latin words from the detail ever appear', () => {
    for (const locale of ['zh-CN', 'zh-TW'] as const) {
      setLocale(locale);
      for (const f of [undefined, 'x', 'person.name', 'negotiatedOn']) {
        const text = errorText(valibot(f));
        expect(text, `${locale} ${f}`).not.toMatch(/[A-Za-z]/);
        expect(foreignScript(locale, text), text).toBeFalsy();
      }
    }
  });
});
