import type { BrowserContext, Page } from 'playwright-core';
import { HOSTS } from '../lib/fixture-site';

// The cost of watching a busy single-page app for as long as it is open
// (no fixed stop after 15 s). The same page is served at a
// registry host (our detector and, once the form is there, the form UI run)
// and at a plain host (no extension code). Both are held open for the same
// time, in alternating windows; the main thread's script, task, layout and
// style time (Chromium's Performance metrics, which count content scripts
// too) are compared.

const PATH = '/bench/busy-spa.html';

// A page that never rests: a list of 60 rows re-rendered every 100 ms, a spinner
// restyled every frame, a status class toggled every 250 ms; the complaint form is
// rendered 2 s after load (marked page:form-rendered), and its step re-rendered every 5 s.
const HTML = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>投诉</title>
<style>main{max-width:720px;margin:0 auto}label{display:block}</style></head><body><main>
<h1>消费投诉</h1><div id="spin" style="width:20px;height:20px;background:#036"></div><ul id="feed"></ul><div id="form"></div></main>
<script>
var n=0,feed=document.getElementById('feed'),spin=document.getElementById('spin'),form=document.getElementById('form');
setInterval(function(){var f=document.createDocumentFragment();for(var i=0;i<60;i++){var li=document.createElement('li');li.textContent='动态 '+(n+i);f.appendChild(li);}feed.replaceChildren(f);n++;},100);
(function a(t){spin.style.transform='rotate('+(t/5%360)+'deg)';requestAnimationFrame(a);})(0);
setInterval(function(){document.body.classList.toggle('busy');},250);
function step(){form.replaceChildren();[['投诉人姓名','input'],['被投诉机构','input'],['投诉事项及事实经过','textarea']].forEach(function(p){var l=document.createElement('label');l.textContent=p[0]+' ';l.appendChild(document.createElement(p[1]));form.appendChild(l);});}
setTimeout(function(){step();performance.mark('page:form-rendered');setInterval(step,5000);},2000);
</script></body></html>`;

export async function serveBusySpa(context: BrowserContext): Promise<void> {
  for (const host of [HOSTS.registry, HOSTS.plain]) {
    await context.route(`https://${host}${PATH}`, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: HTML }));
  }
}

/**
 * Chromium's Performance metrics of one page. The counters run from the moment a session enables the
 * domain, and only for that session: one session per page, enabled once, read before and after.
 * (A new session for each read, as this was first written, reads ~0 both times: the difference was 0.)
 */
async function metricsOf(page: Page): Promise<() => Promise<Record<string, number>>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics: list } = await cdp.send('Performance.getMetrics');
    return Object.fromEntries(list.map((m) => [m.name, m.value]));
  };
}

export interface WatchResult {
  /** Main-thread script time (ms) over the window, with our code and without. */
  scriptWith: number;
  scriptWithout: number;
  taskWith: number;
  taskWithout: number;
  /** Layout and style recalculation time (ms), with our code and without: what forced layouts cost. */
  layoutWith: number;
  layoutWithout: number;
  styleWith: number;
  styleWithout: number;
  /** page:form-rendered → ng:anchors-visible (ms), and → ng:form-found. */
  anchorsAfterForm?: number;
  foundAfterForm?: number;
}

async function hold(
  context: BrowserContext,
  host: string,
  seconds: number,
): Promise<{ script: number; task: number; layout: number; style: number; marks: Record<string, number> }> {
  const page = await context.newPage();
  const metrics = await metricsOf(page);
  await page.goto(`https://${host}${PATH}`);
  await page.waitForFunction(() => performance.getEntriesByName('page:form-rendered').length > 0, undefined, { timeout: 10_000 });
  const before = await metrics();
  await page.waitForTimeout(seconds * 1000);
  const after = await metrics();
  const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])));
  await page.close();
  const script = (after.ScriptDuration! - before.ScriptDuration!) * 1000;
  const task = (after.TaskDuration! - before.TaskDuration!) * 1000;
  // The page re-renders a list ten times a second: no script time at all means the measure is broken, not the page idle.
  if (!(script > 0 && task > 0)) throw new Error(`no main-thread time measured on ${host} (script ${script} ms, task ${task} ms)`);
  const layout = (after.LayoutDuration! - before.LayoutDuration!) * 1000;
  const style = (after.RecalcStyleDuration! - before.RecalcStyleDuration!) * 1000;
  return { script, task, layout, style, marks };
}

/** Windows per side: the machine's speed drifts, so the two sides alternate in shorter windows. */
const ROUNDS = 3;

export async function watchCost(context: BrowserContext, seconds: number): Promise<WatchResult> {
  await serveBusySpa(context);
  const window = seconds / ROUNDS;
  const sum = { plain: { script: 0, task: 0, layout: 0, style: 0 }, ours: { script: 0, task: 0, layout: 0, style: 0 } };
  let marks: Record<string, number> = {};
  for (let round = 0; round < ROUNDS; round++) {
    // Alternating which side goes first, so neither always follows the other's leftovers.
    for (const side of round % 2 ? (['ours', 'plain'] as const) : (['plain', 'ours'] as const)) {
      const r = await hold(context, side === 'ours' ? HOSTS.registry : HOSTS.plain, window);
      for (const k of ['script', 'task', 'layout', 'style'] as const) sum[side][k] += r[k];
      if (side === 'ours' && round === 0) marks = r.marks;
    }
  }
  const { plain, ours } = sum;
  const form = marks['page:form-rendered'];
  const anchors = marks['ng:anchors-visible'];
  const found = marks['ng:form-found'];
  return {
    scriptWith: ours.script,
    scriptWithout: plain.script,
    taskWith: ours.task,
    taskWithout: plain.task,
    layoutWith: ours.layout,
    layoutWithout: plain.layout,
    styleWith: ours.style,
    styleWithout: plain.style,
    ...(form !== undefined && anchors !== undefined ? { anchorsAfterForm: anchors - form } : {}),
    ...(form !== undefined && found !== undefined ? { foundAfterForm: found - form } : {}),
  };
}
