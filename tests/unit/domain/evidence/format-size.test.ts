import { describe, expect, it } from 'vitest';
import { formatSize } from '@/utils/domain/evidence/format-size';

describe('formatSize (evidence totals)', () => {
  it('a small total reads in KB, not "0.0 MB"', () => {
    expect(formatSize(1434)).toBe('1.4 KB');
    expect(formatSize(812)).toBe('812 B');
    expect(formatSize(0)).toBe('0 B');
  });
  it('larger totals in MB and GB, one decimal below ten', () => {
    expect(formatSize(3.25 * 1024 * 1024)).toBe('3.3 MB');
    expect(formatSize(25 * 1024 * 1024)).toBe('25 MB');
    expect(formatSize(2 * 1024 ** 3)).toBe('2.0 GB');
  });
  it('rounding never prints 1024 of a unit', () => {
    expect(formatSize(1024 * 1024 - 1)).toBe('1.0 MB');
    expect(formatSize(1023)).toBe('1023 B');
  });
});
