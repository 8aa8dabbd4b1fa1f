import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../../tests/e2e/harness';
import { recordExtensionRequests } from '../../tests/e2e/network-log';
import { watchWorkerRequests } from '../../tests/e2e/worker-requests';
import { buildSnapshot, ensureChromium } from '../lib/build';
import { bundlePageApi } from '../lib/page-bundle';
import { extensionProcessMemory } from '../measures/memory';
import { proposeContacts } from '../../utils/domain/ocr/propose';
import type { OcrPage } from '../../utils/domain/ocr/lines';
import { REFERENCE } from './content';
import { renderScreen, type RenderedScreen } from './render';
import { allSpecs, type SetName } from './screens';
import { charAccuracy, messageMatches } from './score';
import { ocrIsolation } from './isolation';

// `npm run bench:ocr`: renders the OCR test set (SMS, WeChat and call lists,
// both scripts, light and dark, two sizes), reads every screenshot with the
// built extension's own engine in its dashboard page, and reports character
// accuracy, message-split accuracy, time, peak memory, zip size and that no
// popup / panel / content-script code loads the engine. `--no-build` reuses
// .output/chrome-mv3; `--limit=N` reads only the first N screens (a quick check);
// `--only=<regex>` only the screens whose name matches; `--set=heldout` reads
// the held-out set (other wording and stamps, never tuned on) instead of the
// tuning set. Results: bench-results/ocr-latest[-heldout].json, screens and
// what was read in bench-results/ocr-set[-heldout]/.

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = process.argv.slice(2);
const log = (m: string) => console.log(`· ${m}`);
const SET: SetName = args.includes('--set=heldout') ? 'heldout' : 'tuning';
const ONLY = new RegExp(args.find((a) => a.startsWith('--only='))?.slice(7) ?? '');
const SUFFIX = SET === 'tuning' ? '' : '-heldout';
const SET_DIR = join('bench-results', `ocr-set${SUFFIX}`);
// `--tuning={"upscale":1,"psm":"11"}` reads with other engine settings than the product's (for comparing on the tuning set).
const TUNING: unknown = JSON.parse(args.find((a) => a.startsWith('--tuning='))?.slice(9) ?? 'null');
const nameOf = (s: RenderedScreen['spec']) => `${s.kind}-${s.script}-${s.theme}-${s.size}`;

function zipKB(dir: string, exclude?: string): number {
  const out = join(mkdtempSync(join(tmpdir(), 'ng-zip-')), 'x.zip');
  execFileSync('zip', ['-q', '-r', '-9', out, '.', ...(exclude ? ['-x', `${exclude}/*`] : [])], { cwd: dir });
  const kb = statSync(out).size / 1024;
  rmSync(out);
  return Math.round(kb);
}

async function renderAll(): Promise<RenderedScreen[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const screens: RenderedScreen[] = [];
    const limit = Number(args.find((a) => a.startsWith('--limit='))?.slice(8) ?? Infinity);
    for (const spec of allSpecs(SET)
      .filter((x) => ONLY.test(nameOf(x)))
      .slice(0, limit))
      screens.push(await renderScreen(browser, spec));
    mkdirSync(SET_DIR, { recursive: true });
    for (const s of screens) {
      const name = nameOf(s.spec);
      writeFileSync(join(SET_DIR, `${name}.png`), s.png);
      writeFileSync(join(SET_DIR, `${name}.json`), JSON.stringify({ spec: s.spec, expectedText: s.expectedText, items: s.items }, null, 2));
    }
    return screens;
  } finally {
    await browser.close();
  }
}

type ReadResult = { ms: number; text: string; width: number; lines: OcrPage['lines']; confidence: number };
const read = (page: Page, s: RenderedScreen): Promise<ReadResult> =>
  page.evaluate(
    ([b64, script, tuning]) =>
      (globalThis as unknown as { __ngOcr: { read: (a: string, b: string, t: unknown) => Promise<ReadResult> } }).__ngOcr.read(
        b64,
        script,
        tuning ?? undefined,
      ),
    [s.png.toString('base64'), s.spec.script === 'sim' ? 'simplified' : 'traditional', TUNING] as const,
  );

const peakMB = () => Math.max(0, ...extensionProcessMemory().map((m) => m.peakRssMB));

async function main(): Promise<void> {
  ensureChromium();
  log('rendering the test set…');
  const screens = await renderAll();
  const extDir = buildSnapshot({ build: !args.includes('--no-build') });
  const code = await bundlePageApi('bench/ocr/page-entry.ts');
  const profile = mkdtempSync(join(tmpdir(), 'ng-ocr-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`],
  });
  const network = recordExtensionRequests(context);
  await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  network.setExtensionId(extensionId);
  const results: Record<string, unknown>[] = [];
  let one = { ms: 0, peakMB: 0 };
  let twenty = { ms: 0, perImageMs: 0, peakMB: 0 };
  let workerFiles: string[] = [];
  try {
    const page = await context.newPage();
    // Every load of the page and the engine's worker, traced from before the worker exists (tests/e2e/worker-requests.ts).
    const watch = await watchWorkerRequests(context, page);
    await page.goto(`chrome-extension://${extensionId}/dashboard.html#/evidence`);
    await page.evaluate(code);
    const baseline = peakMB();
    log('one screenshot, cold (the engine and its trained data load first)…');
    const first = screens.find((s) => s.spec.size === '1080x2400' && s.spec.script === 'sim') ?? screens[0]!;
    const cold = await read(page, first);
    one = { ms: Math.round(cold.ms), peakMB: Math.round(peakMB()) };
    workerFiles = (await watch.finish()).filter((r) => r.thread.startsWith('DedicatedWorker')).map((r) => r.url);
    log(`  ${one.ms} ms, peak ${one.peakMB} MB (page before: ${Math.round(baseline)} MB)`);
    log('the whole set, for accuracy…');
    for (const s of screens) {
      const r = await read(page, s);
      const proposals = proposeContacts({ width: r.width, lines: r.lines }, REFERENCE);
      const chars = charAccuracy(
        s.expectedText,
        [...r.lines]
          .sort((a, b) => a.box!.y0 + a.box!.y1 - (b.box!.y0 + b.box!.y1))
          .map((l) => l.text)
          .join('\n'),
      );
      const right = messageMatches(s.items, proposals, REFERENCE.tzOffsetMin);
      const name = nameOf(s.spec);
      // What was read and proposed, beside the expected text, for looking into a miss.
      writeFileSync(
        join(SET_DIR, `${name}.read.json`),
        JSON.stringify(
          {
            lines: r.lines,
            proposals: proposals.map((p) => ({ ...p, at: new Date(p.at + REFERENCE.tzOffsetMin * 60_000).toISOString().slice(0, 16) })),
          },
          null,
          2,
        ),
      );
      results.push({
        ...s.spec,
        ms: Math.round(r.ms),
        chars: chars.chars,
        charErrors: chars.errors,
        charAccuracy: +chars.accuracy.toFixed(4),
        messages: s.items.length,
        messagesRight: right,
        proposals: proposals.length,
      });
      log(
        `  ${s.spec.kind} ${s.spec.script} ${s.spec.theme} ${s.spec.size}: ${(chars.accuracy * 100).toFixed(1)} % chars, ${right}/${s.items.length} messages, ${Math.round(r.ms)} ms`,
      );
    }
    if (!args.some((a) => a.startsWith('--limit=') || a.startsWith('--only='))) {
      log('twenty screenshots in a row (1080×2400 and 750×1334 mixed)…');
      const batch = Array.from({ length: 20 }, (_, i) => screens[i % screens.length]!);
      const t0 = Date.now();
      for (const s of batch) await read(page, s);
      const ms = Date.now() - t0;
      twenty = { ms, perImageMs: Math.round(ms / 20), peakMB: Math.round(peakMB()) };
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  const sum = (k: string) => results.reduce((n, r) => n + (r[k] as number), 0);
  const by = (pred: (r: Record<string, unknown>) => boolean) => {
    const rs = results.filter(pred);
    const chars = rs.reduce((n, r) => n + (r.chars as number), 0);
    const errs = rs.reduce((n, r) => n + (r.charErrors as number), 0);
    const msgs = rs.reduce((n, r) => n + (r.messages as number), 0);
    const right = rs.reduce((n, r) => n + (r.messagesRight as number), 0);
    return { charAccuracy: +(1 - errs / chars).toFixed(4), messageAccuracy: +(right / msgs).toFixed(4), screens: rs.length };
  };
  const groups: Record<string, ReturnType<typeof by>> = { all: by(() => true) };
  for (const k of ['sms', 'wechat', 'call-log']) groups[k] = by((r) => r.kind === k);
  for (const k of ['sim', 'tra']) groups[k] = by((r) => r.script === k);
  for (const k of ['light', 'dark']) groups[k] = by((r) => r.theme === k);
  for (const k of ['1080x2400', '750x1334']) groups[k] = by((r) => r.size === k);
  const summary = {
    when: new Date().toISOString(),
    set: SET,
    tuning: TUNING,
    groups,
    totals: { chars: sum('chars'), charErrors: sum('charErrors'), messages: sum('messages'), messagesRight: sum('messagesRight') },
    time: { oneColdMs: one.ms, twentyMs: twenty.ms, perImageWarmMs: twenty.perImageMs },
    memory: { peakAfterOneMB: one.peakMB, peakAfterTwentyMB: twenty.peakMB },
    zipKB: { withOcr: zipKB(extDir), withoutOcrFiles: zipKB(extDir, 'tesseract') },
    isolation: ocrIsolation(extDir),
    networkRequests: network.networkRequests().map((r) => r.url),
    workerLoaded: workerFiles.map((u) =>
      u.startsWith(`chrome-extension://${extensionId}/`) ? (u.split('/tesseract/')[1] ?? u) : `NOT LOCAL: ${u}`,
    ),
    screens: results,
  };
  rmSync(extDir, { recursive: true, force: true });
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(join('bench-results', `ocr-latest${SUFFIX}.json`), JSON.stringify(summary, null, 2));
  console.log(JSON.stringify({ ...summary, screens: undefined }, null, 2));
  // The worker must have been seen loading its core and data (else the watch saw nothing), all of it local.
  const failed =
    summary.networkRequests.length > 0 ||
    summary.isolation.offenders.length > 0 ||
    !summary.workerLoaded.includes('tesseract-core-simd-lstm.js') ||
    !summary.workerLoaded.some((u) => u?.startsWith('lang/')) ||
    summary.workerLoaded.some((u) => u?.startsWith('NOT LOCAL'));
  process.exit(failed ? 1 : 0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
