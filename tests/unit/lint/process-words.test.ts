import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The code says why, in the product's words: "issue 14" means nothing to the
// next reader (the tracker is not part of the code). Shipped code, the
// benchmark, the scripts and the lint rules are checked; docs may cite issues.
const ROOTS = ['utils', 'components', 'entrypoints', 'bench', 'scripts', 'eslint'];
const PROCESS_WORDS = /\bissues?\s*#?\d+|\bissue-\d+/i;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : /\.(tsx?|m?js)$/.test(p) ? [p] : [];
  });
}

describe('process words', () => {
  it('are not in the code', () => {
    const offenders: string[] = [];
    for (const file of ROOTS.flatMap(sources)) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((text, i) => {
          if (PROCESS_WORDS.test(text)) offenders.push(`${file}:${i + 1}: ${text.trim()}`);
        });
    }
    expect(offenders).toEqual([]);
  });

  it('are recognised in the forms they took', () => {
    for (const line of ['// (issue 19 item 6)', '// v4 (import, issue 15)', '// Issue #3', '// branch issue-17']) expect(PROCESS_WORDS.test(line), line).toBe(true);
    expect(PROCESS_WORDS.test('// an issue the user can fix')).toBe(false);
  });
});
