import { describe, expect, it } from 'vitest';
import { barAt, isBarIcon } from '@/utils/domain/ocr/bar-icons';

describe('icons of the status, title and input bars', () => {
  it('places the bars at the top and bottom of the screen, on both sizes', () => {
    expect(barAt(51, 2400)).toBe('status');
    expect(barAt(30, 1334)).toBe('status');
    expect(barAt(170, 2400)).toBe('title');
    expect(barAt(110, 1334)).toBe('title');
    expect(barAt(300, 2400)).toBe(null); // first time stamp
    expect(barAt(205, 1334)).toBe(null);
    expect(barAt(2300, 2400)).toBe('input');
    expect(barAt(1900, 2400)).toBe(null); // last bubble
  });

  it('drops the short Latin shapes icons are read as, and a stray character in the status bar', () => {
    for (const w of ['m', 'OJ', 'OO', 'mn', 'O', '<', '《', '›', ']', 'mOJ']) {
      expect(isBarIcon(w, 'title'), w).toBe(true);
      expect(isBarIcon(w, 'status'), w).toBe(true);
    }
    for (const w of ['和', '瑟《']) expect(isBarIcon(w, 'status'), w).toBe(true);
  });

  it('keeps the clock, Chinese words, numbers and longer Latin words', () => {
    for (const bar of ['status', 'title', 'input'] as const)
      for (const w of ['10:00', '9:41', '中国移动', '+86', '95188', '5G', '86%', 'Bank', ''])
        expect(isBarIcon(w, bar), `${bar} ${w}`).toBe(false);
    // A one-character name or placeholder in the title or input bar is text.
    for (const w of ['王', '簡訊', '短信']) expect(isBarIcon(w, 'input'), w).toBe(false);
  });
});
