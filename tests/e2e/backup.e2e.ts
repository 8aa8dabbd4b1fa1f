import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chooseJurisdiction } from './extension-pages';
import { launch, type Session } from './harness';
import { dumpDb, wipeDb } from './db-dump';
import { backgroundSettled } from './background-settled';
import { anyLanguage, backupPage as openBackupPage, fixtureRows, importFile } from './backup-ui';
import { writeBackup } from '../../utils/backup/writer';

// Backup with a password, wipe, restore, and see everything back; then the
// printable report. The starting data is the realistic version-1 fixture,
// brought in through the same import UI (a backup file made with the writer).

const PASSWORD = '我的备份密码 2026';
let s: Session;
let dir: string;
beforeAll(async () => {
  s = await launch();
  await chooseJurisdiction(s, 'CN'); // the mainland rulebook these checks expect (a fresh en-US profile presets none)
  dir = mkdtempSync(join(tmpdir(), 'ng-backup-e2e-'));
});
afterAll(async () => {
  await s?.close();
});
const backupPage = () => openBackupPage(s);

describe('backup and restore in Chromium', () => {
  it('backs up with a password, wipes, restores, and everything is back', async () => {
    const seed = join(dir, 'seed.ngbackup');
    const seedFile = await writeBackup(fixtureRows(), { schemaVersion: 1, appVersion: 'e2e', now: Date.UTC(2026, 5, 1) });
    writeFileSync(seed, Buffer.from(await seedFile.arrayBuffer()));

    const page = await backupPage();
    expect(await importFile(page, seed, '', 'replace')).toBe('1');
    // The background acts on the restored rows (the seed's overdue reminder rings and is marked fired):
    // the state to compare with is the one after that, not a moment the export may come after.
    await backgroundSettled(page);
    const original = await dumpDb(page);
    expect(original.contacts).toHaveLength(1);
    expect(original.evidence).toHaveLength(1);

    // Export with a password; the file arrives through the browser's download.
    await page.fill('input[name="backup-password"]', PASSWORD);
    await page.fill('input[name="backup-password-confirm"]', PASSWORD);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.click('[data-testid="backup-export"]')]);
    expect(download.suggestedFilename()).toMatch(/^negotiation-guard-\d{4}-\d\d-\d\d\.ngbackup$/);
    const saved = join(dir, 'exported.ngbackup');
    await download.saveAs(saved);
    await page.waitForSelector('[data-testid="backup-export-done"]');
    // Encrypted: none of the Chinese text is readable in the file.
    expect(readFileSync(saved).includes(Buffer.from('说不还就通知我单位'))).toBe(false);
    // The export recorded itself afterwards (backup.lastAt), outside the file.
    expect((await dumpDb(page)).settings).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'backup.changes', value: 0 })]));

    await wipeDb(page);
    expect((await dumpDb(page)).contacts).toHaveLength(0);

    // A wrong password is refused with a clear message, and nothing is written.
    await page.reload();
    await page.waitForSelector('main[data-section="backup"] form');
    await page.setInputFiles('input[name="backup-file"]', saved);
    await page.fill('input[name="backup-import-password"]', 'wrong password');
    await page.click('[data-testid="backup-read"]');
    await expect
      .poll(() => page.textContent('[data-testid="backup-import-error"]'), { timeout: 20_000 })
      .toMatch(anyLanguage('backup.error.wrongPassword'));
    expect((await dumpDb(page)).contacts).toHaveLength(0);

    expect(await importFile(page, saved, PASSWORD, 'replace')).toBe('1');
    await backgroundSettled(page);
    const restored = await dumpDb(page);
    // Every table, every field, every evidence byte: exactly what was there when the backup was made.
    expect(restored).toEqual(original);
    await page.close();
  });

  it('downloads the contacts CSV with a BOM, readable Chinese and emoji', async () => {
    const page = await backupPage();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="csv-contacts"]')]);
    const path = join(dir, 'contacts.csv');
    await download.saveAs(path);
    const text = readFileSync(path, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('说不还就通知我单位 😡');
    await page.close();
  });

  it('renders the print report with every section', async () => {
    const page = await s.openPage('report.html?agreement=a1');
    await page.waitForSelector('[data-testid="report-evidence"]', { timeout: 10_000 });
    for (const id of ['report-agreements', 'report-installments', 'report-contacts', 'report-findings', 'report-evidence']) {
      expect(await page.locator(`[data-testid="${id}"]`).count(), id).toBe(1);
    }
    const text = (await page.textContent('main')) ?? '';
    expect(text).toContain('说不还就通知我单位');
    expect(text).toContain('039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81');
    expect(text).toMatch(anyLanguage('report.promise.stopCollection'));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('button.no-print').isVisible()).toBe(false);
    await page.close();
  });
});
