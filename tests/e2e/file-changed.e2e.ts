import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, type Session } from './harness';
import { dumpDb } from './db-dump';
import { anyLanguage, backupPage, fixtureRows, previewFile, startRestore } from './backup-ui';
import { writeBackup } from '../../utils/backup/writer';

// Issue 19, item 9: a backup file changed on disk after its preview gets its own message
// ("choose the file again"), not "something went wrong", and nothing is written.

let s: Session;
let dir: string;
beforeAll(async () => {
  s = await launch();
  dir = mkdtempSync(join(tmpdir(), 'ng-changed-e2e-'));
});
afterAll(async () => {
  await s?.close();
});

describe('a backup file changed after the preview', () => {
  it('says to choose the file again and writes nothing', async () => {
    const path = join(dir, 'seed.ngbackup');
    const file = await writeBackup(fixtureRows(), { schemaVersion: 1, appVersion: 'e2e', now: Date.UTC(2026, 5, 1) });
    writeFileSync(path, Buffer.from(await file.arrayBuffer()));
    const page = await backupPage(s);
    const before = await dumpDb(page);
    expect(await previewFile(page, path, '')).toBe('1');
    // The user (or a sync tool) changes the file between the preview and the restore.
    appendFileSync(path, Buffer.from('changed'));
    await startRestore(page, 'replace');
    await expect
      .poll(() => page.textContent('[data-testid="backup-import-error"]'), { timeout: 20_000 })
      .toMatch(anyLanguage('hardening.error.fileChanged'));
    expect(await dumpDb(page)).toEqual(before);
    await page.close();
  });
});
