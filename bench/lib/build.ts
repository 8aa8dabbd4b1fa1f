import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LOCK = '/tmp/ng-build.lock';

/** Debian's Chromium, installed by the same script npm test uses (it never downloads a browser itself). */
export function ensureChromium(): void {
  const r = spawnSync(process.execPath, ['scripts/ensure-chromium.mjs'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('Chromium is not available (see above)');
}

/**
 * Builds the extension under the shared build lock and copies the result out
 * of .output/ while still holding it, so the run measures exactly this build.
 */
export function buildSnapshot(opts: { build: boolean }): string {
  const dir = mkdtempSync(join(tmpdir(), 'ng-bench-ext-'));
  // NG_PERF_MARKS: the content script's ng:* marks exist only in such builds (entrypoints/complaint-panel.content/guard/perf-mark.ts).
  const steps = [
    opts.build ? 'VITE_NG_PERF_MARKS=1 npx wxt build' : 'test -f .output/chrome-mv3/manifest.json',
    `cp -r .output/chrome-mv3/. ${dir}/`,
  ];
  const script = steps.join(' && ');
  const hasFlock = spawnSync('sh', ['-c', 'command -v flock'], { stdio: 'ignore' }).status === 0;
  const r = hasFlock
    ? spawnSync('flock', [LOCK, 'sh', '-c', script], { stdio: 'inherit' })
    : spawnSync('sh', ['-c', script], { stdio: 'inherit' });
  if (r.status !== 0)
    throw new Error(opts.build ? 'the extension build failed' : 'no build in .output/chrome-mv3 (run without --no-build)');
  return dir;
}
