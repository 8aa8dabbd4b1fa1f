import { describe, expect, it } from 'vitest';
import { median, percentile, summarize } from '../../../bench/lib/stats';

describe('bench statistics', () => {
  it('takes the middle value of an odd count and the mean of the middle two of an even count', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it('does not depend on the input order and does not reorder the input', () => {
    const input = [9, 2, 7, 4, 5];
    expect(median(input)).toBe(5);
    expect(input).toEqual([9, 2, 7, 4, 5]);
  });

  it('interpolates percentiles between closest ranks', () => {
    const xs = Array.from({ length: 21 }, (_, i) => i * 10); // 0..200
    expect(percentile(xs, 95)).toBe(190);
    expect(percentile([1, 2, 3, 4], 95)).toBeCloseTo(3.85, 10);
    expect(percentile([1, 2, 3, 4], 0)).toBe(1);
    expect(percentile([1, 2, 3, 4], 100)).toBe(4);
  });

  it('summarizes with count, min and max', () => {
    const s = summarize([3, 1, 2, 10, 4]);
    expect(s).toMatchObject({ n: 5, median: 3, min: 1, max: 10 });
    expect(s.p95).toBeCloseTo(8.8, 10);
  });

  it('refuses empty or non-finite samples and out-of-range percentiles', () => {
    expect(() => median([])).toThrow(/no samples/);
    expect(() => median([1, Number.NaN])).toThrow(/finite/);
    expect(() => percentile([1], 101)).toThrow(/range/);
  });
});
