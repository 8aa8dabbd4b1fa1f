import { writeFileSync } from 'node:fs';
import { buildSnapshot, ensureChromium } from './lib/build';
import { generateDataset } from './lib/dataset';
import { writeFloorExtension } from './lib/floor-extension';
import { launchBench } from './lib/launch';
import { loadDataset } from './lib/load-dataset';
import { bundlePageApi } from './lib/page-bundle';
import { waitForMark } from './lib/markers';

// `npm run bench:profile -- [--no-build] [--runs=N] [contacts|findings|home …]`: where the time of a
// dashboard view's first render goes. The bench dataset is loaded once; each view is opened (one warm-up),
// then reloaded under the V8 sampling profiler, and the self time is summed by function and by script.
// A diagnostic, not a measure: the figures with budgets come from `npm run bench`.

const args = process.argv.slice(2);
const build = !args.includes('--no-build');
const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3);
const views = args.filter((a) => !a.startsWith('--'));
// `--trace`: a Chrome trace instead of the CPU profile, summed by event name on the page's main thread.
const trace = args.includes('--trace');
const MARK: Record<string, string> = { contacts: 'contacts', findings: 'findings' };

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function summarise(p: Profile, top = 25): string {
  const byNode = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000));
  const byFn = new Map<string, number>();
  const byUrl = new Map<string, number>();
  for (const [id, ms] of self) {
    const f = byNode.get(id)!.callFrame;
    const file = f.url.split('/').pop() || '(native)';
    const key = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    byFn.set(key, (byFn.get(key) ?? 0) + ms);
    byUrl.set(file, (byUrl.get(file) ?? 0) + ms);
  }
  const rows = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => `  ${v.toFixed(1).padStart(7)} ms  ${k}`)
      .join('\n');
  return `by script:\n${rows(byUrl)}\nby function (self):\n${rows(byFn)}`;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; frame?: string } };
}

/** Total and self time per event name on the busiest renderer main thread, and its long top-level tasks. */
function summariseTrace(events: TraceEvent[]): string {
  const names = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const complete = events.filter((e) => e.ph === 'X' && e.dur !== undefined);
  const mains = [...names].filter(([, n]) => n === 'CrRendererMain').map(([k]) => k);
  const busy = (k: string) =>
    complete.filter((e) => `${e.pid}:${e.tid}` === k).reduce((a, e) => a + (e.name === 'RunTask' ? e.dur! : 0), 0);
  const main = mains.sort((a, b) => busy(b) - busy(a))[0];
  const mine = complete.filter((e) => `${e.pid}:${e.tid}` === main).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // Self time: each event's duration minus its direct children's (events nest by time on one thread).
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const stack: { e: TraceEvent; child: number }[] = [];
  const close = (until: number) => {
    while (stack.length && stack[stack.length - 1]!.e.ts + stack[stack.length - 1]!.e.dur! <= until) {
      const top = stack.pop()!;
      self.set(top.e.name, (self.get(top.e.name) ?? 0) + (top.e.dur! - top.child) / 1000);
      if (stack.length) stack[stack.length - 1]!.child += top.e.dur!;
    }
  };
  for (const e of mine) {
    close(e.ts);
    total.set(e.name, (total.get(e.name) ?? 0) + e.dur! / 1000);
    stack.push({ e, child: 0 });
  }
  close(Infinity);
  const rows = (m: Map<string, number>, n = 22) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `  ${v.toFixed(1).padStart(7)} ms  ${k}`)
      .join('\n');
  const t0 = mine[0]?.ts ?? 0;
  const tasks = mine
    .filter((e) => e.name === 'RunTask' && e.dur! > 4000)
    .map((e) => `  +${((e.ts - t0) / 1000).toFixed(0)} ms: ${(e.dur! / 1000).toFixed(1)} ms`)
    .join('\n');
  return `self time by event:\n${rows(self)}\ntotal by event:\n${rows(total, 14)}\ntasks over 4 ms:\n${tasks}`;
}

async function main(): Promise<void> {
  const extDir = buildSnapshot({ build });
  ensureChromium();
  const floor = writeFloorExtension();
  const b = await launchBench(extDir, floor.dir);
  try {
    const ext = (path: string) => `chrome-extension://${b.extensionId}/${path}`;
    const code = await bundlePageApi();
    const loader = await b.context.newPage();
    await loader.goto(ext('popup.html'));
    console.log('loaded', await loadDataset(loader, code, generateDataset()));
    for (const view of views.length ? views : ['contacts', 'findings']) {
      const page = await b.context.newPage();
      await page.goto(ext(`dashboard.html#/${view}`));
      if (MARK[view]) await waitForMark(page, [MARK[view]!], 30_000);
      const cdp = await b.context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      for (let i = 0; i < runs && trace; i++) {
        const events: TraceEvent[] = [];
        cdp.on('Tracing.dataCollected', (d) => void events.push(...(d.value as unknown as TraceEvent[])));
        const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
        await cdp.send('Tracing.start', {
          categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8,v8.execute,blink,loading,toplevel',
          transferMode: 'ReportEvents',
        });
        await page.reload();
        const mark = MARK[view] ? await waitForMark(page, [MARK[view]!], 30_000) : undefined;
        await cdp.send('Tracing.end');
        await done;
        console.log(`\n=== ${view} trace ${i + 1}: marker at ${mark?.sinceStart.toFixed(1) ?? '—'} ms`);
        console.log(summariseTrace(events));
        writeFileSync(`/tmp/ng-trace-${view}-${i + 1}.json`, JSON.stringify({ traceEvents: events }));
      }
      for (let i = 0; i < runs && !trace; i++) {
        await cdp.send('Profiler.start');
        await page.reload();
        const mark = MARK[view] ? await waitForMark(page, [MARK[view]!], 30_000) : undefined;
        const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
        const timing = await page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .map((e) => e as PerformanceResourceTiming)
            .map((e) => `${e.name.split('/').pop()} ${e.startTime.toFixed(0)}→${e.responseEnd.toFixed(0)}`)
            .concat(performance.getEntriesByType('mark').map((m) => `${m.name}@${m.startTime.toFixed(1)}`))
            .join(', '),
        );
        console.log(`\n=== ${view} run ${i + 1}: marker at ${mark?.sinceStart.toFixed(1) ?? '—'} ms`);
        console.log(`resources: ${timing}`);
        console.log(summarise(profile));
        writeFileSync(`/tmp/ng-profile-${view}-${i + 1}.cpuprofile`, JSON.stringify(profile));
      }
      await page.close();
    }
  } finally {
    await b.close();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
