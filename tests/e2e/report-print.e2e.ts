import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { launch, type Session } from './harness';
import { rpcFromPage, chooseJurisdiction } from './extension-pages';

let s: Session;
beforeAll(async () => {
  s = await launch();
  await chooseJurisdiction(s, 'CN'); // the mainland rulebook these checks expect (a fresh en-US profile presets none)
});
afterAll(async () => {
  await s?.close();
});

// A4 with the report's 15 mm margins: 180 mm of text width at 96 px per inch.
const PRINT_WIDTH_PX = Math.floor((180 / 25.4) * 96);
const OUT = 'test-results/report-print';

describe('the printable report', () => {
  it('has the contact-pattern chart, and its tables fit the page when printed (no narrow columns, nothing past the margin)', async () => {
    const page = await s.openPage('dashboard.html');
    await rpcFromPage(page, 'sample.load', { locale: 'zh-CN', tzOffsetMin: 480 });
    // A long unbroken string, as people paste (a URL, an account number), must wrap too.
    await rpcFromPage(page, 'contacts.add', {
      at: Date.now() - 60_000,
      channel: 'sms',
      summary: `催收短信：${'x'.repeat(160)} https://example.com/${'a'.repeat(120)}`,
      person: { phone: '13800138000138001380001380013800' },
    });
    await page.goto(`chrome-extension://${s.extensionId}/report.html`);
    await page.waitForSelector('[data-testid="report-contacts"] table');
    await page.waitForSelector('[data-testid="pattern-svg"] rect.cell');
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: PRINT_WIDTH_PX, height: 1000 });
    const layout = await page.evaluate(() => {
      const tables = [...document.querySelectorAll('table')].filter((t) => t.offsetParent !== null);
      return {
        pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        tables: tables.map((t) => ({
          right: t.getBoundingClientRect().right,
          narrowest: Math.min(...[...t.querySelectorAll('th, td')].map((c) => c.getBoundingClientRect().width)),
        })),
        svgRight: document.querySelector('[data-testid="pattern-svg"]')!.getBoundingClientRect().right,
      };
    });
    expect(layout.pageOverflow).toBeLessThanOrEqual(0);
    expect(layout.tables.length).toBeGreaterThan(0);
    for (const tbl of layout.tables) {
      expect(tbl.right).toBeLessThanOrEqual(PRINT_WIDTH_PX);
      // A column narrower than ~3 characters is a "one-character column".
      expect(tbl.narrowest).toBeGreaterThanOrEqual(36);
    }
    expect(layout.svgRight).toBeLessThanOrEqual(PRINT_WIDTH_PX);

    // The real thing: Chromium's PDF, rendered to images for a person to look at (pdftoppm, when installed).
    mkdirSync(OUT, { recursive: true });
    await page.pdf({ path: `${OUT}/report.pdf`, format: 'A4', printBackground: false });
    expect(existsSync(`${OUT}/report.pdf`)).toBe(true);
    try {
      execFileSync('pdftoppm', ['-r', '60', '-png', `${OUT}/report.pdf`, `${OUT}/page`]);
    } catch {
      // poppler-utils missing: the layout checks above still ran.
    }
    await page.close();
  });
});
