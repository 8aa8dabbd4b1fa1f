// Import at scale: 50,000 calls + 20,000 SMS in SMS Backup & Restore XML,
// read, grouped, planned and written in one transaction, in bounded memory.
// Run alone: `npx jiti bench/import.ts` (npm run bench:import). Node with
// fake-indexeddb, not the browser: the parse, hash, grouping and planning
// code is the page's own; the IndexedDB write here is in memory, so the
// write time in Chromium differs (see docs/PERFORMANCE.md "Import").
import 'fake-indexeddb/auto';
import { createWriteStream, openAsBlob, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { NgDatabase } from '../utils/db/schema';
import { commitImport } from '../utils/db/repos/import';
import { findAll } from '../utils/domain/findings/find-all';
import { defaultDecisions, numberGroups, parseFile, planAgainstLog } from '../utils/import/pipeline';

const CALLS = Number(process.argv.find((a) => a.startsWith('--calls='))?.slice(8) ?? 50_000);
const SMS = Number(process.argv.find((a) => a.startsWith('--sms='))?.slice(6) ?? 20_000);
const NOW = Date.UTC(2026, 11, 1);
let seed = 7;
/** mulberry32: enough spread that no two generated records repeat by accident. */
function rnd(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const NUMBERS = Array.from({ length: 400 }, (_, i) => `+86175${String(10_000_000 + i * 7919).slice(0, 8)}`);
const TEXTS = ['【桔多多】尊敬的用户，您的借款已逾期，请尽快还款。', '今天不处理明天安排人员上门，并通知你的紧急联系人。', '你的案件已提交法务部，三日内不还款将起诉立案。', '晚上回家吃饭吗？'];

async function writeXml(path: string, kind: 'calls' | 'smses', n: number): Promise<void> {
  const out = createWriteStream(path);
  const put = async (s: string) => { if (!out.write(s)) await once(out, 'drain'); };
  await put(`<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<!--File Created By SMS Backup & Restore v10.22.004 on 01/12/2026 08:15:42-->\n<${kind} count="${n}" backup_set="bench" backup_date="${NOW}" type="full">\n`);
  for (let i = 0; i < n; i++) {
    const at = NOW - Math.floor(rnd() * 365 * 86_400_000) - 3_600_000;
    const num = NUMBERS[Math.floor(rnd() * NUMBERS.length)]!;
    if (kind === 'calls') await put(`  <call number="${num}" duration="${Math.floor(rnd() * 300)}" date="${at}" type="${1 + Math.floor(rnd() * 6)}" presentation="1" subscription_id="1" post_dial_digits="" readable_date="" contact_name="(Unknown)" />\n`);
    else await put(`  <sms protocol="0" address="${num}" date="${at}" type="1" subject="null" body="${TEXTS[i % TEXTS.length]} ${i}" toa="null" sc_toa="null" service_center="null" read="1" status="-1" locked="0" date_sent="0" sub_id="1" readable_date="" contact_name="(Unknown)" />\n`);
  }
  await put(`</${kind}>\n`);
  out.end();
  await once(out, 'finish');
}

let peak = 0;
const sample = () => { peak = Math.max(peak, process.memoryUsage().rss); };
const timer = setInterval(sample, 10);
const mb = (b: number) => (b / 1024 / 1024).toFixed(0);
async function step<T>(label: string, fn: () => Promise<T>): Promise<T> {
  global.gc?.();
  peak = process.memoryUsage().rss;
  const base = peak;
  const t0 = performance.now();
  const out = await fn();
  sample();
  console.log(`${label.padEnd(34)} ${(performance.now() - t0).toFixed(0).padStart(7)} ms   peak RSS ${mb(peak)} MB (+${mb(peak - base)} MB)`);
  return out;
}

const dir = mkdtempSync(join(tmpdir(), 'ng-import-bench-'));
try {
  const callsPath = join(dir, 'calls.xml');
  const smsPath = join(dir, 'sms.xml');
  await writeXml(callsPath, 'calls', CALLS);
  await writeXml(smsPath, 'smses', SMS);
  console.log(`files: calls ${mb(statSync(callsPath).size)} MB (${CALLS}), sms ${mb(statSync(smsPath).size)} MB (${SMS})`);
  const db = new NgDatabase('bench-import');
  await db.open();
  for (const [label, path] of [['calls', callsPath], ['sms', smsPath]] as const) {
    const file = await openAsBlob(path);
    const parsed = await step(`${label}: read + hash + parse`, () => parseFile(file, { format: 'sbr-xml' }, { now: NOW }));
    const groups = await step(`${label}: group numbers`, () => numberGroups(parsed.records, 'CN', db));
    const plan = await step(`${label}: plan against the log`, () => planAgainstLog(parsed.records, { region: 'CN', decisions: defaultDecisions(groups), now: NOW }, db));
    console.log(`${label}: ${parsed.records.length} records, ${plan.contacts.length} new, ${plan.duplicates} duplicates, ${parsed.issues.length} skipped`);
    // Node's file-backed Blobs cannot be structured-cloned into fake-indexeddb; the page stores the File itself.
    const stored = new Blob([await file.arrayBuffer()]);
    await step(`${label}: write (one transaction)`, () => commitImport(db, { file: stored, name: `${label}.xml`, format: 'sbr-xml', encoding: parsed.encoding, sha256: parsed.sha256, plan, numbers: [] }, { now: NOW }));
  }
  const contacts = await db.contacts.toArray();
  await step(`findings over ${contacts.length} contacts`, async () => findAll({ contacts, agreements: [], installments: [], lenders: [], jurisdiction: 'CN' }));
  db.close();
} finally {
  clearInterval(timer);
  rmSync(dir, { recursive: true, force: true });
}
