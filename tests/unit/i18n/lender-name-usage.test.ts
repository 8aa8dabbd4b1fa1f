import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Catalogue lenders are stored under their simplified-Chinese name; every
// place that shows a lender must go through localLenderName (zh-TW and en
// users would otherwise see simplified Chinese). This scans the UI sources for
// a lender's raw `.name` being rendered.
const ROOTS = ['entrypoints', 'components'];
const RAW_LENDER_NAME = /(?<!['"\w])(lender\??|l|lenders\.get\([^)]*\)!?\??)\.name\b(?!\[)/;
/** Known, allowed: custom lenders only (they have no catalogue entry, so the stored name is the name). */
const ALLOWED = [{ file: 'entrypoints/dashboard/sections/agreements/AgreementForm.tsx', line: /custom\.map\(\(l\)/ }];

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? tsxFiles(p) : p.endsWith('.tsx') ? [p] : [];
  });
}

describe('lender names in the UI', () => {
  it('never renders a lender’s stored name directly', () => {
    const offenders: string[] = [];
    for (const file of ROOTS.flatMap(tsxFiles)) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((text, i, lines) => {
          if (!RAW_LENDER_NAME.test(text)) return;
          // The allowed context may sit a few lines above (the formatter breaks JSX over lines).
          const context = lines.slice(Math.max(0, i - 3), i + 1).join('\n');
          if (ALLOWED.some((a) => file === a.file && a.line.test(context))) return;
          offenders.push(`${file}:${i + 1}: ${text.trim()}`);
        });
    }
    expect(offenders).toEqual([]);
  });
});
