import { describe, expect, it } from 'vitest';
import { parseStamp } from '@/utils/domain/ocr/timestamp';
import { resolveStamp, type Reference } from '@/utils/domain/ocr/resolve-date';
import { fixDigits } from '@/utils/domain/ocr/ocr-fix';

// The screenshot was taken on Wednesday 2026-11-04 at 10:00 in UTC+8.
const REF: Reference = { at: Date.UTC(2026, 10, 4, 2, 0), tzOffsetMin: 480 };
const wall = (ms: number) => new Date(ms + 480 * 60_000).toISOString().slice(0, 16).replace('T', ' ');
const at = (line: string) => {
  const s = parseStamp(line);
  if (!s) return null;
  const r = resolveStamp(s, REF);
  return r ? wall(r.at) : null;
};

describe('time stamps as chats show them', () => {
  it.each([
    ['昨天 22:41', '2026-11-03 22:41'],
    ['前天 08:05', '2026-11-02 08:05'],
    ['今天 09:12', '2026-11-04 09:12'],
    ['11月3日 下午3:05', '2026-11-03 15:05'],
    ['11月3日 晚上11:20', '2026-11-03 23:20'],
    ['11月3日 凌晨12:30', '2026-11-03 00:30'],
    ['2026/11/03 15:05', '2026-11-03 15:05'],
    ['2026-11-03 15:05', '2026-11-03 15:05'],
    ['2026年11月3日 下午3:05', '2026-11-03 15:05'],
    ['星期一 21:00', '2026-11-02 21:00'],
    ['周三 21:00', '2026-10-28 21:00'],
    ['週二 7:30', '2026-11-03 07:30'],
    ['Yesterday 10:41 PM', '2026-11-03 22:41'],
    ['09:30', '2026-11-04 09:30'],
  ])('%s → %s', (line, expected) => expect(at(line)).toBe(expected));

  it('reads a month later than the screenshot as last year', () => {
    expect(at('12月24日 10:00')).toBe('2025-12-24 10:00');
  });

  it('puts a bare time later than the screenshot on the day before', () => {
    expect(at('23:15')).toBe('2026-11-03 23:15');
  });
});

describe('typical OCR errors', () => {
  it.each([
    ['昨天 2O:4l', '2026-11-03 20:41'], // O for 0, l for 1
    ['昨天 22.41', '2026-11-03 22:41'], // dot for colon
    ['昨天 22 : 41', '2026-11-03 22:41'],
    ['昨天 2241', '2026-11-03 22:41'], // lost colon after a date word
    ['下午305', '2026-11-03 15:05'], // lost colon after a period word; later than the screenshot, so the day before
    ['l1月3日 下午3:O5', '2026-11-03 15:05'],
    ['2O26/1l/O3 15:05', '2026-11-03 15:05'],
    ['昨天 22：41', '2026-11-03 22:41'], // full-width colon
    ['11月3日下午3:05', '2026-11-03 15:05'], // no space
    ['11 2下午3:05', '2026-11-02 15:05'], // 月 and 日 lost before a period word
    ['上9:20', '2026-11-04 09:20'], // 上午 read as 上
    ['昨天 晚10:41', '2026-11-03 22:41'], // 晚上 read as 晚
    ['下3:05', '2026-11-03 15:05'],
  ])('%s → %s', (line, expected) => expect(at(line)).toBe(expected));

  it('flags a weekday whose day character was lost, keeping its time', () => {
    const s = parseStamp('星期21:18')!;
    expect(s).toMatchObject({ unsure: true, hour: 21, minute: 18 });
    const r = resolveStamp(s, REF, { year: 2026, month: 10, day: 30 })!;
    expect([wall(r.at), r.timeMissing]).toEqual(['2026-10-30 21:18', true]);
  });

  it('leaves letters in words alone', () => {
    expect(fixDigits('Ok I will pay')).toBe('Ok I will pay');
    expect(fixDigits('第l0期')).toBe('第10期');
  });

  it.each([
    '今天18:00前还款',
    '请于11月5日前处理',
    '上9点前还款',
    '11 2 3:05',
    '下周10:00',
    '2241',
    '逾期 3 天',
    'Hello 10:00 world',
    '25:61',
    '13月3日 10:00',
  ])('is not a stamp: %s', (line) => expect(parseStamp(line)).toBeNull());
});
