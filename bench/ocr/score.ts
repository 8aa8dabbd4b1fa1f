import type { Proposal } from '../../utils/domain/ocr/propose';
import type { ExpectedItem } from './screens';

// How good the reading is, against what the generated screen shows.

const strip = (t: string) => t.normalize('NFKC').replace(/\s+/g, '');

/** Levenshtein distance over code points, O(n·m) time and O(m) memory. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length]!;
}

/** 1 − CER: characters right, whitespace ignored (Chinese has none; OCR adds some). */
export function charAccuracy(expected: string, actual: string): { accuracy: number; chars: number; errors: number } {
  const e = strip(expected);
  const errors = editDistance(e, strip(actual));
  return { accuracy: e.length ? Math.max(0, 1 - errors / [...e].length) : 1, chars: [...e].length, errors };
}

const wall = (ms: number, tz: number) => new Date(ms + tz * 60_000).toISOString().slice(0, 16).replace('T', ' ');

/**
 * Expected messages matched by a proposal with the same minute, the same side
 * (and missed/answered for calls), and text at least 80 % right.
 */
export function messageMatches(expected: readonly ExpectedItem[], proposals: readonly Proposal[], tzOffsetMin: number): number {
  const free = [...proposals];
  let right = 0;
  for (const e of expected) {
    const i = free.findIndex(
      (p) =>
        wall(p.at, tzOffsetMin) === e.wall &&
        p.direction === e.direction &&
        (e.missed === undefined || (p.channel === 'missed-call') === e.missed) &&
        (e.text === '' || charAccuracy(e.text, p.text).accuracy >= 0.8),
    );
    if (i >= 0) {
      right += 1;
      free.splice(i, 1);
    }
  }
  return right;
}
