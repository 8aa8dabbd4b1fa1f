import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, type Session } from './harness';
import { dumpDb, settledDump } from './db-dump';
import { backupPage, fixtureRows, importFile, previewFile, startRestore } from './backup-ui';
import { writeBackup } from '../../utils/backup/writer';
import type { Evidence } from '../../utils/model/records';
import type { BackupRows } from '../../utils/domain/backup/tables';

// Durability in the real browser: a restore cut off by closing the page, and
// another context upgrading the database. (A full disk cannot be produced
// here: with unlimitedStorage, DevTools' Storage.overrideQuotaForOrigin does
// not limit the extension; the quota path is unit-tested in
// tests/unit/backup/restore.test.ts and error-text.test.ts.)

const MB = 1024 * 1024;
const BIG_ITEMS = 10; // × 4 MB of evidence
// Blobs are written by reference and take milliseconds; indexed records are
// what keeps a restore transaction busy long enough to close the page in it.
const BULK_CONTACTS = 60_000;
let s: Session;
let dir: string;
let seedPath: string;
let bigPath: string;

/** An evidence row like the fixture's, holding `bytes`. */
function evidence(id: string, bytes: Buffer): Evidence {
  const base = fixtureRows().evidence[0]!;
  return {
    ...base,
    id,
    name: `${id}.png`,
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    blob: new Blob([new Uint8Array(bytes)], { type: base.mime }),
  };
}

async function writeFile(name: string, rows: BackupRows): Promise<string> {
  const file = await writeBackup(rows, { schemaVersion: 1, appVersion: 'e2e', now: Date.UTC(2026, 5, 1) });
  const path = join(dir, name);
  writeFileSync(path, Buffer.from(await file.arrayBuffer()));
  return path;
}

beforeAll(async () => {
  s = await launch();
  dir = mkdtempSync(join(tmpdir(), 'ng-durability-e2e-'));
  // What is on the device: the fixture plus a 2 MB item the big backup does not hold (a replace would delete it).
  const seed = fixtureRows();
  seed.evidence.push(evidence('old-only', randomBytes(2 * MB)));
  seedPath = await writeFile('seed.ngbackup', seed);
  // The incoming backup: the same fixture plus 60,000 contacts and 40 MB of evidence (a merge adds them, a replace swaps everything).
  const big = fixtureRows();
  for (let i = 0; i < BIG_ITEMS; i += 1) big.evidence.push(evidence(`big-${i}`, randomBytes(4 * MB)));
  const c = big.contacts[0]!;
  for (let i = 0; i < BULK_CONTACTS; i += 1) big.contacts.push({ ...c, id: `bulk-${i}`, at: c.at - i * 60_000, summary: `第 ${i} 次来电` });
  bigPath = await writeFile('big.ngbackup', big);
}, 120_000);
afterAll(async () => {
  await s?.close();
});

/**
 * Set from inside the one restore transaction (applyBackup's per-table
 * callback) and kept until it has committed or failed: the transaction has
 * begun (for replace: every table already cleared) and has not finished.
 */
const WRITING = '[data-testid="backup-progress"][data-writing]';

/** Opens the big file, starts the restore, and closes the tab while the restore transaction is writing evidence. */
async function closeMidRestore(page: Page, mode: 'merge' | 'replace'): Promise<void> {
  await previewFile(page, bigPath, '');
  await startRestore(page, mode);
  await page.waitForSelector(WRITING, { timeout: 60_000 });
  expect(await page.locator('[data-testid="backup-import-done"]').count()).toBe(0);
  await page.close();
}

describe('durability in Chromium', () => {
  let before: Record<string, unknown[]>;

  it('starts from the seed data', async () => {
    const page = await backupPage(s);
    await importFile(page, seedPath, '', 'replace');
    before = await settledDump(page);
    expect(before.evidence).toHaveLength(2);
    await page.close();
  });

  for (const mode of ['replace', 'merge'] as const) {
    it(`a ${mode} restore cut off by closing the page leaves every table as it was, byte for byte`, async () => {
      await closeMidRestore(await backupPage(s), mode);
      const page = await s.openPage('dashboard.html#/backup');
      expect(await dumpDb(page)).toEqual(before);
      await page.close();
    }, 180_000);
  }

  it('the same file, not interrupted, does change the data (so the cut-off runs were really mid-restore)', async () => {
    const page = await backupPage(s);
    await previewFile(page, bigPath, '');
    await startRestore(page, 'merge');
    await page.waitForSelector(WRITING, { timeout: 60_000 });
    const t0 = Date.now();
    await page.waitForSelector('[data-testid="backup-import-done"]', { timeout: 120_000 });
    console.log(`restore: ${Date.now() - t0} ms from the transaction's start to done (${BULK_CONTACTS} contacts, ${BIG_ITEMS * 4} MB)`);
    const after = await dumpDb(page);
    expect(after.evidence).toHaveLength(2 + BIG_ITEMS);
    expect(after.contacts).toHaveLength(1 + BULK_CONTACTS);
    expect(after.lenders).toEqual(before.lenders);
    await page.close();
  }, 180_000);

  it('closes and reloads an open dashboard when another context upgrades the database, without blocking it', async () => {
    const dashboard = await backupPage(s);
    // The section's live query holds an open connection.
    await dashboard.waitForSelector('[data-testid="backup-last"]');
    await dashboard.evaluate(() => {
      (window as unknown as { __before?: number }).__before = 1;
    });
    const reloaded = dashboard.waitForEvent('load', { timeout: 30_000 });

    // Another extension context (a document of our origin without app code) opens version + 1.
    const other = await s.context.newPage();
    await other.goto(`chrome-extension://${s.extensionId}/manifest.json`);
    const result = await other.evaluate(async () => {
      const current = await new Promise<number>((res, rej) => {
        const r = indexedDB.open('negotiation-guard');
        r.onsuccess = () => {
          res(r.result.version);
          r.result.close();
        };
        r.onerror = () => rej(r.error);
      });
      return new Promise<{ from: number; to: number; blocked: boolean }>((res, rej) => {
        let blocked = false;
        const r = indexedDB.open('negotiation-guard', current + 1);
        r.onblocked = () => {
          blocked = true;
        };
        r.onsuccess = () => {
          res({ from: current, to: r.result.version, blocked });
          r.result.close();
        };
        r.onerror = () => rej(r.error);
        setTimeout(() => rej(new Error(`upgrade still waiting after 15 s (blocked: ${blocked})`)), 15_000);
      });
    });
    expect(result.to).toBe(result.from + 1);
    expect(result.blocked).toBe(false);

    await reloaded;
    expect(await dashboard.evaluate(() => (window as unknown as { __before?: number }).__before)).toBeUndefined();
    // After the reload the page works on the upgraded database (no "storage unavailable").
    await dashboard.waitForSelector('[data-testid="backup-last"]', { timeout: 15_000 });
    expect(await dashboard.locator('[data-testid="storage-unavailable"]').count()).toBe(0);
    await other.close();
    await dashboard.close();
  }, 60_000);
});
