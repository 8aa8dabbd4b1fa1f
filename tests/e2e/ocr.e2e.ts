import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { launch, type Session } from './harness';
import { dumpDb } from './db-dump';
import { chooseJurisdiction } from './extension-pages';
import { renderScreen, type RenderedScreen } from '../../bench/ocr/render';
import { watchWorkerRequests } from './worker-requests';
import { PDF_BYTES, plainPng } from './ocr-images';

// Reading a screenshot's text on the machine: one small generated SMS
// screenshot (750 × 1334), read with the extension's own engine, reviewed and
// turned into contacts that the log and the findings show. The machine is
// shared: the full test set is measured in the benchmark (npm run bench:ocr).

let s: Session;
let shot: RenderedScreen;
const dir = mkdtempSync(join(tmpdir(), 'ng-ocr-e2e-'));
// The screenshot's own time, as the file's modification time (the page takes it as the capture time).
const TAKEN = new Date(2026, 10, 4, 10, 0);

beforeAll(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    shot = await renderScreen(browser, { kind: 'sms', script: 'sim', theme: 'light', size: '750x1334', seed: 1 });
  } finally {
    await browser.close();
  }
  s = await launch();
  await chooseJurisdiction(s, 'CN'); // the mainland rulebook the findings below come from (a fresh en-US profile presets none)
}, 120_000);
afterAll(async () => {
  await s?.close();
  rmSync(dir, { recursive: true, force: true });
});

const wall = (ms: number) => {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
};

describe('OCR of a screenshot in Chromium', () => {
  it('reads an attached screenshot, proposes dated flagged contacts, and the confirmed ones reach the log and the findings', async () => {
    const file = join(dir, 'sms.png');
    writeFileSync(file, shot.png);
    utimesSync(file, TAKEN, TAKEN);
    const page = await s.openPage('dashboard.html#/evidence');
    await page.setInputFiles('input[name="evidence-file"]', file);
    const row = page.locator('tr[data-evidence-id]');
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    const before = await dumpDb(page);
    const evidence = before.evidence![0] as { sha256: string };

    // Every load of the page and of the engine's worker, traced from before the worker exists (worker-requests.ts).
    const watch = await watchWorkerRequests(s.context, page);
    const worker = page.waitForEvent('worker', { timeout: 60_000 });
    await row.locator('[data-testid="ocr-open"]').click();
    const panel = page.locator('[data-testid="ocr-panel"]');
    await panel.locator('[data-testid="ocr-read"]').click();
    // Progress shows while the engine loads and reads; then the text is stored beside the evidence.
    await page.waitForSelector('[data-testid="ocr-progress"]', { timeout: 10_000 });
    await expect
      .poll(() => panel.locator('[data-testid="ocr-text"]').inputValue(), { timeout: 150_000, interval: 1000 })
      .toContain('后果自负');
    expect(await panel.locator('[data-testid="ocr-origin"]').textContent()).toMatch(/由机器识别|Read by the machine/);

    const proposals = panel.locator('[data-testid="ocr-proposal"]');
    const expectedIncoming = shot.items.filter((i) => i.direction === 'incoming');
    await expect.poll(() => proposals.count()).toBeGreaterThanOrEqual(expectedIncoming.length);
    // The user's own replies are proposed but not ticked.
    const confirm = panel.locator('[data-testid="ocr-confirm"]');
    const ticked = await panel.locator('[data-testid="ocr-include"]:checked').count();
    expect(await confirm.textContent()).toMatch(new RegExp(`\\b${ticked}\\b`));
    await confirm.click();
    await expect.poll(() => panel.locator('[data-testid="ocr-done"]').count(), { timeout: 10_000 }).toBe(1);

    const after = await dumpDb(page);
    const contacts = after.contacts as { at: number; channel: string; summary: string; flags: string[]; person: { phone: string } }[];
    expect(contacts).toHaveLength(ticked);
    // Each incoming message became a contact with its text; OCR may misread one stamp (the review flags it), the rest carry the screenshot's times.
    const sim = (a: string, b: string) => [...a].filter((ch) => b.includes(ch)).length / a.length;
    const found = expectedIncoming.map((i) => contacts.find((c) => sim(i.text, c.summary) >= 0.8));
    expect(found.every(Boolean)).toBe(true);
    const onTime = expectedIncoming.filter((i, k) => wall(found[k]!.at) === i.wall).length;
    expect(onTime).toBeGreaterThanOrEqual(expectedIncoming.length - 1);
    expect(contacts.every((c) => c.channel === 'sms' && c.person.phone === '95188')).toBe(true);
    const threat = contacts.find((c) => c.summary.includes('后果自负'))!;
    expect(threat.flags).toEqual(expect.arrayContaining(['threat', 'visit']));
    // The screenshot is their evidence; the file and its hash are as they were.
    const ocr = after.ocrTexts![0] as { contactIds: string[]; machine: boolean };
    expect(ocr.contactIds).toHaveLength(contacts.length);
    expect((after.evidence![0] as { sha256: string }).sha256).toBe(evidence.sha256);

    await page.evaluate(() => (location.hash = '#/contacts'));
    await expect.poll(() => page.locator('li.contact-item').filter({ hasText: '再不还款后果自负' }).count(), { timeout: 10_000 }).toBe(1);
    await page.evaluate(() => (location.hash = '#/findings'));
    await expect.poll(() => page.locator('article[data-rule="flag-threat"]').count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => page.locator('article[data-rule="third-party-contacted"]').count(), { timeout: 15_000 }).toBe(1);

    // The engine's files came from the extension itself: the worker was started from the
    // extension's URL, and every request it made (its core, the wasm, the trained data) is for one of the extension's files.
    const w = await worker;
    const own = `chrome-extension://${s.extensionId}/`;
    expect(w.url()).toBe(`${own}tesseract/worker.min.js`);
    // And nothing of the extension's (pages, background, the worker's http requests) went to the network.
    expect(s.network.networkRequests()).toEqual([]);
    // The watch does see a request that leaves the machine: one made on purpose from the worker (refused by the harness).
    await w.evaluate(() => fetch('https://ocr-probe.invalid/x').catch(() => undefined));
    const traced = await watch.finish();
    const fromWorker = traced.filter((r) => r.thread.startsWith('DedicatedWorker')).map((r) => r.url);
    // The trace began before the worker was created, so its every load is in it: the wasm core
    // (importScripts), the wasm binary and the trained data, all from the extension's own files.
    expect(fromWorker).toEqual(
      expect.arrayContaining([
        `${own}tesseract/tesseract-core-simd-lstm.js`,
        `${own}tesseract/tesseract-core-simd-lstm.wasm`,
        `${own}tesseract/lang/chi_sim.traineddata.gz`,
      ]),
    );
    expect(fromWorker.filter((u) => !u.startsWith(own))).toEqual(['https://ocr-probe.invalid/x']);
    const local = (u: string) => u.startsWith(own) || u.startsWith('blob:') || u.startsWith('data:');
    expect(traced.filter((r) => !local(r.url) && r.url !== 'https://ocr-probe.invalid/x')).toEqual([]);
    s.network.clear();
    await page.close();
  }, 240_000);

  it('bad images get a clear message and nothing is stored: not an image, huge, corrupted, no text, cancelled', async () => {
    const page = await s.openPage('dashboard.html#/evidence');
    const attach = async (name: string, buffer: Buffer) => {
      await page.setInputFiles('input[name="evidence-file"]', { name, mimeType: 'image/png', buffer });
      const row = page.locator('tr[data-evidence-id]').filter({ hasText: name });
      await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
      return row;
    };
    const alert = page.locator('[data-testid="ocr-panel"] [role="alert"]');
    const readAndExpect = async (name: string, buffer: Buffer, message: RegExp) => {
      const row = await attach(name, buffer);
      // The evidence itself is saved whatever its text: OCR never blocks it.
      const before = await dumpDb(page);
      await row.locator('[data-testid="ocr-open"]').click();
      await page.locator('[data-testid="ocr-read"]').click();
      await expect.poll(() => alert.textContent(), { timeout: 120_000, interval: 500 }).toMatch(message);
      // The reading is over (the Read button is back) and it stored nothing, not even part of a text.
      await expect.poll(() => page.locator('[data-testid="ocr-read"]').isEnabled(), { timeout: 10_000 }).toBe(true);
      expect(await dumpDb(page)).toEqual(before);
    };

    // A PDF renamed to .png (the browser calls it image/png by its name).
    await readAndExpect('statement.png', PDF_BYTES, /这个文件不是图片|This file is not an image/);
    // 10,000 × 30,000 px: refused from its header, before anything decodes 300 megapixels.
    await readAndExpect('huge.png', plainPng(10_000, 30_000), /图片太大（10,?000 × 30,?000 像素）|too large \(10,?000 × 30,?000 pixels\)/);
    // A PNG signature and header, then garbage.
    await readAndExpect(
      'broken.png',
      Buffer.concat([shot.png.subarray(0, 33), Buffer.alloc(2000, 7)]),
      /图片已损坏或不完整|The image is damaged or incomplete/,
    );
    // A real, readable image with nothing written on it.
    await readAndExpect('blank.png', plainPng(750, 1334), /这张图片里没有找到文字|No text was found/);

    // Cancel while the screenshot is being read: the notice says so and nothing is written.
    const row = await attach('to-cancel.png', shot.png);
    const before = await dumpDb(page);
    await row.locator('[data-testid="ocr-open"]').click();
    await page.locator('[data-testid="ocr-read"]').click();
    const progress = page.locator('[data-testid="ocr-progress"]');
    await progress.waitFor({ timeout: 10_000 });
    await progress.getByRole('button').click();
    await expect
      .poll(() => page.locator('[data-testid="ocr-panel"] [role="status"]').textContent(), { timeout: 20_000 })
      .toMatch(/已取消读取|Reading cancelled/);
    expect(await progress.count()).toBe(0);
    expect(await page.locator('[data-testid="ocr-text"]').count()).toBe(0);
    expect(await dumpDb(page)).toEqual(before);
    await page.close();
  }, 300_000);
});
