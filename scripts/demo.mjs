/* global chrome -- evaluated inside extension pages */
// `npm run demo`: builds the extension, loads it into headless Chromium with
// the sample data, and writes screenshots of the popup, the dashboard (every
// section), the welcome page and the complaint panel on a fixture complaint
// page to docs/screenshots/. Options: --locale zh-CN|zh-TW|en (default zh-CN),
// --no-build. Like the tests, every web request is answered by a fixture or
// refused: nothing goes to the network.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { ensureChromium } from './ensure-chromium.mjs';

const args = process.argv.slice(2);
const locale = args.includes('--locale') ? args[args.indexOf('--locale') + 1] : 'zh-CN';
if (!['zh-CN', 'zh-TW', 'en'].includes(locale)) throw new Error(`unknown locale ${locale}`);
const OUT_DIR = resolve('docs/screenshots');
const EXTENSION_DIR = resolve('.output/chrome-mv3');
const COMPLAINT_URL = 'https://www.nfra.gov.cn/cn/view/pages/complaint.html';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

if (!args.includes('--no-build')) {
  const b = spawnSync(npx, ['wxt', 'build'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(1);
}
const executablePath = ensureChromium();
// Without a CJK font, Chinese renders as empty boxes in the screenshots.
const fc = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
if (process.platform === 'linux' && !fc.error && fc.stdout.trim() === '') {
  console.warn('No Chinese font found: install one first, e.g.  sudo apt-get install -y fonts-noto-cjk');
}
mkdirSync(OUT_DIR, { recursive: true });

const profile = mkdtempSync(join(tmpdir(), 'ng-demo-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: false, // --headless=new below: the headless mode that runs extensions
  locale: locale === 'en' ? 'en-US' : locale,
  colorScheme: 'light',
  viewport: { width: 1280, height: 800 },
  deviceScaleFactor: 1,
  args: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    `--lang=${locale}`,
  ],
});
await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
await context.route(COMPLAINT_URL, (route) =>
  route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync('tests/fixtures/pages/nfra-complaint.html', 'utf8') }),
);

try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const base = `chrome-extension://${new URL(worker.url()).host}`;
  const shot = async (page, name, opts = {}) => {
    await page.waitForTimeout(600); // lazy sections and live queries settle
    await page.screenshot({ path: join(OUT_DIR, `${name}.png`), ...opts });
    console.log(`  docs/screenshots/${name}.png`);
  };

  // The language the pages use, and the sample dataset, through the extension itself.
  const setup = await context.newPage();
  await setup.goto(`${base}/popup.html`);
  await setup.evaluate(async (l) => {
    const res = await chrome.runtime.sendMessage({
      tag: 'ng-rpc-1',
      method: 'sample.load',
      input: { locale: l, tzOffsetMin: -new Date().getTimezoneOffset() },
    });
    if (!res?.ok) throw new Error(`sample.load failed: ${JSON.stringify(res)}`);
  }, locale);
  await setup.close();
  // Set in the service worker: extension pages reload themselves when the language changes.
  const sw = context.serviceWorkers().find((w) => w.url().startsWith(base)) ?? worker;
  await sw.evaluate((l) => chrome.storage.local.set({ 'ng.locale': l }), locale);

  const welcome = context.pages().find((p) => p.url().endsWith('/onboarding.html')) ?? (await context.newPage());
  await welcome.goto(`${base}/onboarding.html`);
  await shot(welcome, 'onboarding', { fullPage: true });

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 640 });
  await popup.goto(`${base}/popup.html`);
  await shot(popup, 'popup', { fullPage: true });

  const dash = await context.newPage();
  await dash.goto(`${base}/dashboard.html`);
  await dash.waitForSelector('nav a[href^="#/"]');
  const sections = await dash.$$eval('nav a[href^="#/"]', (as) => as.map((a) => a.getAttribute('href').slice(2)));
  for (const id of sections) {
    await dash.goto(`${base}/dashboard.html#/${id}`);
    await dash.waitForSelector(`main[data-section="${id}"] > *`, { timeout: 10_000 }).catch(() => undefined);
    await shot(dash, `dashboard-${id}`);
  }
  await dash.emulateMedia({ colorScheme: 'dark' });
  await dash.goto(`${base}/dashboard.html#/${sections[0]}`);
  await shot(dash, 'dashboard-dark');

  const site = await context.newPage();
  await site.goto(COMPLAINT_URL);
  await site.waitForSelector('ng-complaint-panel', { state: 'attached', timeout: 15_000 });
  await site.waitForTimeout(1200);
  await shot(site, 'complaint-panel');
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
