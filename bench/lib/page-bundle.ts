import { build } from 'esbuild';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { BenchPageApi } from '../page/entry';

/** Bundles bench/page/entry.ts (with Dexie and the app's schema), or another bench entry, into one script for page.evaluate. */
export async function bundlePageApi(entry = 'bench/page/entry.ts'): Promise<string> {
  const out = await build({
    entryPoints: [resolve(entry)],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    platform: 'browser',
    tsconfig: resolve('tsconfig.json'),
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

type Api = BenchPageApi;

/** Calls one bench API function inside the page (installing the bundle first if needed). */
export async function callPage<K extends keyof Api>(
  page: Page,
  code: string,
  name: K,
  ...args: Parameters<Api[K]>
): Promise<Awaited<ReturnType<Api[K]>>> {
  const installed = await page.evaluate(() => '__ngBench' in globalThis);
  if (!installed) await page.evaluate(code);
  return page.evaluate(
    ([n, a]) => {
      const api = (globalThis as unknown as { __ngBench: Record<string, (...x: unknown[]) => unknown> }).__ngBench;
      return api[n as string]!(...(a as unknown[]));
    },
    [name, args] as const,
  ) as Promise<Awaited<ReturnType<Api[K]>>>;
}
