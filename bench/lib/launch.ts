import { chromium, type BrowserContext } from 'playwright-core';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_FLAGS } from '../../tests/e2e/harness';
import { installMarkers } from './markers';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface BenchBrowser {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/** Copies the build out of the shared .output/, so other people's rebuilds cannot change it mid-run. */
export function snapshotBuild(outputDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ng-bench-ext-'));
  cpSync(outputDir, dir, { recursive: true });
  return dir;
}

/**
 * Chromium headless with the flags of tests/e2e/harness.ts, loading
 * Negotiation Guard and the floor extension side by side. Every request is
 * aborted unless a bench route fulfils it.
 */
export async function launchBench(extensionDir: string, floorDir: string): Promise<BenchBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'ng-bench-profile-'));
  const both = `${extensionDir},${floorDir}`;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false, // the flag below selects the new headless mode, which runs extensions
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${both}`, `--load-extension=${both}`],
  });
  await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
  await installMarkers(context);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
