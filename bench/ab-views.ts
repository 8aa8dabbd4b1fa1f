import { createHash } from 'node:crypto';
import { mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../tests/e2e/harness';
import { installMarkers } from './lib/markers';
import { generateDataset } from './lib/dataset';
import { loadDataset } from './lib/load-dataset';
import { bundlePageApi } from './lib/page-bundle';
import { sectionTimes } from './measures/dashboard';
import { summarize } from './lib/stats';

// `npm run bench:ab -- <build A> <build B> [rounds]`: two builds of the extension (copies of
// .output/chrome-mv3) side by side in one browser, each with the bench dataset, their contacts and
// findings views opened in alternation. On a shared machine whose speed drifts by 40 % within the
// hour, this says whether a change helped; `npm run bench` gives the figures that have budgets.

/** Chromium's id for an unpacked extension without a key: sha256 of its absolute path, a–p for 0–f. */
const idOf = (dir: string) =>
  [...createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32)]
    .map((h) => String.fromCharCode(97 + parseInt(h, 16)))
    .join('');

async function main() {
  const [a, b] = process.argv.slice(2) as [string, string];
  const rounds = Number(process.argv[4] ?? 12);
  const profile = mkdtempSync(join(tmpdir(), 'ng-ab-'));
  const both = `${a},${b}`;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: false,
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${both}`, `--load-extension=${both}`],
  });
  await context.route(/^https?:\/\//, (r) => r.abort('blockedbyclient'));
  await installMarkers(context);
  while (context.serviceWorkers().length < 2) await context.waitForEvent('serviceworker');
  const ids = { A: idOf(a), B: idOf(b) };
  const code = await bundlePageApi();
  const data = generateDataset();
  for (const id of Object.values(ids)) {
    const p = await context.newPage();
    await p.goto(`chrome-extension://${id}/popup.html`);
    await loadDataset(p, code, data);
    await p.close();
  }
  const out: Record<string, number[]> = {};
  // The first round opens each view once untimed (the findings view waits for the worker's first computation).
  for (let i = 0; i < rounds; i++)
    for (const [name, id] of i % 2 ? Object.entries(ids).reverse() : Object.entries(ids))
      for (const view of ['contacts', 'findings'] as const)
        (out[`${name} ${view}`] ??= []).push(
          ...(await sectionTimes(context, `chrome-extension://${id}/dashboard.html#/${view}`, view, 1, 30_000, i === 0)),
        );
  for (const [k, v] of Object.entries(out).sort())
    console.log(k.padEnd(14), 'median', summarize(v).median.toFixed(1), 'samples', v.map(Math.round).join(' '));
  await context.close();
}
main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
