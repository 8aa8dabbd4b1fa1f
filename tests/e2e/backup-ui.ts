import type { Page } from 'playwright-core';
import type { Session } from './harness';
import { emptyRows, type BackupRows } from '../../utils/domain/backup/tables';
import { fixtureTables } from '../unit/db/migration-harness';
import { messages } from '../../utils/i18n/messages';

// Driving the dashboard's backup section, shared by the backup e2e files.

/** The page speaks the browser's language: accept the sentence in any of the three. */
export function anyLanguage(key: string): RegExp {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    Object.values(messages)
      .map((m) => esc(m[key]!))
      .join('|'),
  );
}

/** The realistic version-1 fixture as backup rows. */
export function fixtureRows(): BackupRows {
  return { ...emptyRows(), ...fixtureTables() } as unknown as BackupRows;
}

export async function backupPage(s: Session): Promise<Page> {
  const page = await s.openPage('dashboard.html#/backup');
  await page.waitForSelector('main[data-section="backup"] form', { timeout: 10_000 });
  return page;
}

/** Chooses the file, reads and checks it (the preview); returns the contact count the preview shows. */
export async function previewFile(page: Page, path: string, password: string): Promise<string | null> {
  await page.setInputFiles('input[name="backup-file"]', path);
  await page.fill('input[name="backup-import-password"]', password);
  await page.click('[data-testid="backup-read"]');
  await page.waitForSelector('[data-testid="backup-preview"]', { timeout: 60_000 });
  return page.textContent('[data-testid="preview-count-contacts"]');
}

/** Picks the mode (confirming a replace) and clicks restore; does not wait for the end. */
export async function startRestore(page: Page, mode: 'merge' | 'replace'): Promise<void> {
  await page.check(`input[name="backup-mode"][value="${mode}"]`);
  if (mode === 'replace') await page.check('input[name="backup-replace-confirm"]');
  await page.click('[data-testid="backup-import"]');
}

/** Imports through the UI; returns the contact count the preview showed before anything was written. */
export async function importFile(page: Page, path: string, password: string, mode: 'merge' | 'replace'): Promise<string | null> {
  const previewed = await previewFile(page, path, password);
  await startRestore(page, mode);
  await page.waitForSelector('[data-testid="backup-import-done"]', { timeout: 60_000 });
  return previewed;
}
