import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import pixelmatch from 'pixelmatch';

export const REFERENCE_DIR = 'tests/e2e/visual';
const OUT_DIR = 'test-results/visual';
/** Per-pixel colour tolerance (anti-aliasing) and the share of pixels that may differ: a moved block fails, a glyph's edge does not. */
const PIXEL_THRESHOLD = 0.1;
export const MAX_DIFF_RATIO = 0.003;

/** `npm run visual:update` sets this: references are (re)written instead of compared. */
export const updating = () => process.env.UPDATE_VISUAL === '1';

export interface Comparison {
  ok: boolean;
  message: string;
}

/**
 * Compares a screenshot with its committed reference. A different size is a
 * layout change and fails at once; otherwise the share of differing pixels
 * must stay under MAX_DIFF_RATIO. On failure the actual image and a diff are
 * written to test-results/visual/ for a person to look at.
 */
export function compareWithReference(name: string, actual: Buffer): Comparison {
  const ref = join(REFERENCE_DIR, `${name}.png`);
  if (updating()) {
    mkdirSync(REFERENCE_DIR, { recursive: true });
    writeFileSync(ref, actual);
    return { ok: true, message: `wrote ${ref}` };
  }
  if (!existsSync(ref)) return { ok: false, message: `no reference ${ref}: run \`npm run visual:update\` and commit the images` };
  const a = PNG.sync.read(actual);
  const b = PNG.sync.read(readFileSync(ref));
  const save = (diff?: PNG) => {
    mkdirSync(OUT_DIR, { recursive: true });
    writeFileSync(join(OUT_DIR, `${name}.actual.png`), actual);
    if (diff) writeFileSync(join(OUT_DIR, `${name}.diff.png`), PNG.sync.write(diff));
  };
  if (a.width !== b.width || a.height !== b.height) {
    save();
    return { ok: false, message: `${name}: size ${a.width}×${a.height}, reference ${b.width}×${b.height}` };
  }
  const diff = new PNG({ width: a.width, height: a.height });
  const changed = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: PIXEL_THRESHOLD });
  const ratio = changed / (a.width * a.height);
  if (ratio > MAX_DIFF_RATIO) {
    save(diff);
    return {
      ok: false,
      message: `${name}: ${(ratio * 100).toFixed(2)} % of pixels differ (allowed ${(MAX_DIFF_RATIO * 100).toFixed(2)} %)`,
    };
  }
  return { ok: true, message: `${name}: ${(ratio * 100).toFixed(3)} % differ` };
}
