import { describe, expect, it } from 'vitest';
import { isServiceNumber, normalizeNumber, numberProblem } from '@/utils/domain/phone/normalize';

describe('normalizeNumber', () => {
  it('writes mainland mobiles and landlines as E.164 however they were spelt', () => {
    for (const raw of ['13800138000', '138 0013 8000', '138-0013-8000', '+86 138 0013 8000', '0086 13800138000', '+86-13800138000']) {
      expect(normalizeNumber(raw, 'CN')).toBe('+8613800138000');
    }
    expect(normalizeNumber('021-6123 4567', 'CN')).toBe('+862161234567');
    expect(normalizeNumber('(0755) 8888 8888', 'CN')).toBe('+8675588888888');
  });
  it('reads Taiwan and Hong Kong numbers in their own region and across regions', () => {
    expect(normalizeNumber('0912-345-678', 'TW')).toBe('+886912345678');
    expect(normalizeNumber('+886 912 345 678', 'CN')).toBe('+886912345678');
    expect(normalizeNumber('9123 4567', 'HK')).toBe('+85291234567');
    expect(normalizeNumber('+852 6123 4567', 'TW')).toBe('+85261234567');
  });
  it('keeps 95xxx, 106xxx, 400 and short codes as digits, also behind +86', () => {
    expect(normalizeNumber('95188', 'CN')).toBe('95188');
    expect(normalizeNumber('+86 95588', 'CN')).toBe('95588');
    expect(normalizeNumber('10690571888', 'CN')).toBe('10690571888');
    expect(normalizeNumber('1069 0571 8881 234', 'CN')).toBe('106905718881234');
    expect(normalizeNumber('400-812-3456', 'CN')).toBe('4008123456');
    expect(normalizeNumber('10086', 'CN')).toBe('10086');
    expect(isServiceNumber('+8695188')).toBe(true);
    expect(isServiceNumber('13800138000')).toBe(false);
  });
  it('gives withheld callers no number and keeps odd numbers as their digits', () => {
    expect(normalizeNumber('-2', 'CN')).toBe('');
    expect(normalizeNumber('隐藏号码', 'CN')).toBe('');
    expect(numberProblem('-1', 'CN')).toBe('withheld');
    expect(normalizeNumber('12', 'CN')).toBe('12');
    expect(numberProblem('12', 'CN')).toBe('odd');
    expect(numberProblem('138abc', 'CN')).toBe('odd');
    expect(numberProblem('13800138000', 'CN')).toBeUndefined();
    expect(numberProblem('95188', 'CN')).toBeUndefined();
  });
});
