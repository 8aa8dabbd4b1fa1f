import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCsvParser } from '@/utils/domain/import/csv';
import { guessMapping } from '@/utils/domain/import/csv-mapping';
import { parsePasted } from '@/utils/domain/import/pasted';
import { createSbrParser } from '@/utils/domain/import/sbr-xml';
import { ImportFileError } from '@/utils/domain/import/types';
import { collector, feed, NOW } from './helpers';

// Truncated and corrupted files: a parser either reads records that are
// sound (real dates, known types) or stops with an ImportFileError — never
// another exception, never a record with a bad date.
const sbr = readFileSync(new URL('../../fixtures/imports/sms-20261201081542.xml', import.meta.url), 'utf8').slice(0, 20_000);
const csv =
  '通话时间,号码,类型,通话时长\r\n' +
  Array.from(
    { length: 40 },
    (_, i) =>
      `2026-11-${String(1 + (i % 28)).padStart(2, '0')} 10:${String(i).padStart(2, '0')},1380013${String(8000 + i)},${['呼入', '呼出', '未接'][i % 3]},${i}`,
  ).join('\r\n');

const sound = (r: { at: number }) => Number.isFinite(r.at) && r.at >= Date.UTC(2000, 0, 1) && r.at <= NOW + 86_400_000;

function corrupt(text: string) {
  return fc
    .record({
      cut: fc.integer({ min: 0, max: text.length }),
      edits: fc.array(
        fc.tuple(fc.integer({ min: 0, max: text.length - 1 }), fc.constantFrom('<', '>', '"', '&', '&#55357;', '\u0000', '，', '\n', '')),
        { maxLength: 8 },
      ),
      chunk: fc.integer({ min: 1, max: 4096 }),
    })
    .map(({ cut, edits, chunk }) => {
      let t = text.slice(0, cut);
      for (const [at, s] of edits) t = t.slice(0, at) + s + t.slice(at + 1);
      return { t, chunk };
    });
}

function outcome(run: () => { records: { at: number }[] }): 'ok' | 'refused' {
  try {
    const { records } = run();
    expect(records.every(sound)).toBe(true);
    return 'ok';
  } catch (e) {
    if (!(e instanceof ImportFileError)) throw e;
    expect(e.issue.messageKey).toMatch(/^import\.(error|csv)\./);
    return 'refused';
  }
}

describe('fuzzing the parsers', () => {
  it('SMS Backup & Restore: truncated or corrupted input is read soundly or refused with a message', () => {
    fc.assert(
      fc.property(corrupt(sbr), ({ t, chunk }) => {
        outcome(() => {
          const sink = collector();
          feed(createSbrParser({ sink, now: NOW }), t, chunk);
          return sink;
        });
      }),
      { numRuns: 300, seed: 15 },
    );
  });

  it('CSV: truncated or corrupted input is read soundly or refused with a message', () => {
    const mapping = guessMapping(['通话时间', '号码', '类型', '通话时长']);
    fc.assert(
      fc.property(corrupt(csv), ({ t, chunk }) => {
        outcome(() => {
          const sink = collector();
          feed(createCsvParser({ mapping, header: true, sink, now: NOW }), t, chunk);
          return sink;
        });
      }),
      { numRuns: 300, seed: 15 },
    );
  });

  it('pasted text: any text gives sound messages or a message', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.constantFrom('', '2026-11-03 10:00\n', '11月3日 22:15\n'), (s, prefix) => {
        outcome(() => parsePasted(prefix + s, { number: '1', now: NOW }));
      }),
      { numRuns: 300, seed: 15 },
    );
  });
});
