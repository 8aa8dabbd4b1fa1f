import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMoney, getCurrency, setCurrency } from '@/utils/i18n/format';
import { parseCurrency } from '@/utils/i18n/preferences';

afterEach(() => setCurrency('CNY'));

describe('locale formats', () => {
  it('formats integer fen with the currency symbol the user chose, never converting the amount', () => {
    expect(formatMoney(123456, 'zh-CN')).toBe('¥1,234.56');
    setCurrency('TWD');
    expect(formatMoney(123456, 'zh-TW')).toBe('NT$1,234.56');
    expect(formatMoney(123456, 'en')).toBe('NT$1,234.56');
    setCurrency('HKD');
    expect(formatMoney(5, 'en')).toBe('HK$0.05');
    expect(formatMoney(-150, 'zh-TW')).toBe('-HK$1.50');
    setCurrency('CNY');
    expect(formatMoney(123456, 'en')).toBe('¥1,234.56');
    // An explicit currency still wins over the page's setting.
    expect(formatMoney(100, 'zh-CN', 'CNY')).toBe('¥1.00');
  });

  it('falls back to CNY for anything that is not a supported currency', () => {
    expect(parseCurrency('TWD')).toBe('TWD');
    expect(parseCurrency('USD')).toBe('CNY');
    expect(parseCurrency(undefined)).toBe('CNY');
    expect(parseCurrency({})).toBe('CNY');
    expect(getCurrency()).toBe('CNY');
  });

  it('writes dates the way each language does', () => {
    const ms = Date.UTC(2026, 0, 5, 6, 7);
    expect(formatDate(ms, 'zh-CN')).toMatch(/2026年1月5日/);
    expect(formatDate(ms, 'zh-TW')).toMatch(/2026年1月5日/);
    expect(formatDate(ms, 'en')).toMatch(/Jan 5, 2026/);
    expect(formatDateTime(ms, 'en')).toMatch(/Jan 5, 2026/);
  });
});
