// Import at scale: 50,000 calls + 20,000 SMS in SMS Backup & Restore XML,
// read, grouped, planned and written in one transaction, in bounded memory.
// Run alone: `npx jiti bench/import.ts` (npm run bench:import). Node with
// fake-indexeddb, not the browser: the parse, hash, grouping and planning
// code is the page's own; the IndexedDB write here is in memory, so the
// write time in Chromium differs (see docs/PERFORMANCE.md "Import").
import 'fake-indexeddb/auto';
import { openAsBlob, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NgDatabase } from '../utils/db/schema';
import { commitImport } from '../utils/db/repos/import';
import { findAll } from '../utils/domain/findings/find-all';
import { defaultDecisions, numberGroups, parseFile, planAgainstLog } from '../utils/import/pipeline';
import { writeSbrXml } from './lib/sbr-file';

const CALLS = Number(process.argv.find((a) => a.startsWith('--calls='))?.slice(8) ?? 50_000);
const SMS = Number(process.argv.find((a) => a.startsWith('--sms='))?.slice(6) ?? 20_000);
const NOW = Date.UTC(2026, 11, 1);
let peak = 0;
const sample = () => {
  peak = Math.max(peak, process.memoryUsage().rss);
};
const timer = setInterval(sample, 10);
const mb = (b: number) => (b / 1024 / 1024).toFixed(0);
async function step<T>(label: string, fn: () => Promise<T>): Promise<T> {
  global.gc?.();
  peak = process.memoryUsage().rss;
  const base = peak;
  const t0 = performance.now();
  const out = await fn();
  sample();
  console.log(
    `${label.padEnd(34)} ${(performance.now() - t0).toFixed(0).padStart(7)} ms   peak RSS ${mb(peak)} MB (+${mb(peak - base)} MB)`,
  );
  return out;
}

const dir = mkdtempSync(join(tmpdir(), 'ng-import-bench-'));
try {
  const callsPath = join(dir, 'calls.xml');
  const smsPath = join(dir, 'sms.xml');
  await writeSbrXml(callsPath, 'calls', CALLS, NOW);
  await writeSbrXml(smsPath, 'smses', SMS, NOW);
  console.log(`files: calls ${mb(statSync(callsPath).size)} MB (${CALLS}), sms ${mb(statSync(smsPath).size)} MB (${SMS})`);
  const db = new NgDatabase('bench-import');
  await db.open();
  for (const [label, path] of [
    ['calls', callsPath],
    ['sms', smsPath],
  ] as const) {
    const file = await openAsBlob(path);
    const parsed = await step(`${label}: read + hash + parse`, () => parseFile(file, { format: 'sbr-xml' }, { now: NOW }));
    const groups = await step(`${label}: group numbers`, () => numberGroups(parsed.records, 'CN', db));
    const plan = await step(`${label}: plan against the log`, () =>
      planAgainstLog(parsed.records, { region: 'CN', decisions: defaultDecisions(groups), now: NOW }, db),
    );
    console.log(
      `${label}: ${parsed.records.length} records, ${plan.contacts.length} new, ${plan.duplicates} duplicates, ${parsed.issues.length} skipped`,
    );
    // Node's file-backed Blobs cannot be structured-cloned into fake-indexeddb; the page stores the File itself.
    const stored = new Blob([await file.arrayBuffer()]);
    await step(`${label}: write (one transaction)`, () =>
      commitImport(
        db,
        { file: stored, name: `${label}.xml`, format: 'sbr-xml', encoding: parsed.encoding, sha256: parsed.sha256, plan, numbers: [] },
        { now: NOW },
      ),
    );
  }
  const contacts = await db.contacts.toArray();
  await step(`findings over ${contacts.length} contacts`, async () =>
    findAll({ contacts, agreements: [], installments: [], lenders: [], jurisdiction: 'CN' }),
  );
  db.close();
} finally {
  clearInterval(timer);
  rmSync(dir, { recursive: true, force: true });
}
