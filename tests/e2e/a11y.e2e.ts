import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { launch, serveFixture, type Session } from './harness';
import { axeViolations } from './axe';
import { dashboardSectionIds, liveQueriesAnswered, openSection, rpcFromPage, chooseJurisdiction } from './extension-pages';
import { fixtureHtml } from '../fixtures/pages';
import { openDrafts } from './form-helpers';

// Every extension page and the panel, in the light and the dark theme (the
// system's choice, emulated), with the sample data loaded so that lists,
// tables and findings have content to check.
let s: Session;
let sections: string[] = [];
const SCHEMES = ['light', 'dark'] as const;

beforeAll(async () => {
  s = await launch();
  await chooseJurisdiction(s, 'CN'); // the mainland rulebook these checks expect (a fresh en-US profile presets none)
  const page = await s.openPage('popup.html');
  await rpcFromPage(page, 'sample.load', { locale: 'en', tzOffsetMin: 0 });
  await page.close();
  sections = await dashboardSectionIds(s);
});
afterAll(async () => {
  await s?.close();
});

async function openIn(scheme: (typeof SCHEMES)[number], path: string): Promise<Page> {
  const page = await s.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`chrome-extension://${s.extensionId}/${path}`);
  await page.waitForSelector('#app > *');
  // What axe checks is the view with its data: every live query answered, and the report read.
  await liveQueriesAnswered(page);
  if (path.startsWith('report.html')) await page.waitForSelector('main[data-ready]');
  return page;
}

async function panelFrame(scheme: (typeof SCHEMES)[number]): Promise<{ page: Page; frame: Frame }> {
  const url = 'https://www.nfra.gov.cn/cn/view/pages/complaint.html';
  await serveFixture(s.context, url, fixtureHtml('nfra-complaint.html'));
  const page = await s.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(url);
  await page.waitForSelector('ng-complaint-panel', { state: 'attached', timeout: 10_000 });
  await expect.poll(() => page.frames().some((f) => f.url().includes('panel-frame.html'))).toBe(true);
  const frame = page.frames().find((f) => f.url().includes('panel-frame.html'))!;
  // The panel has its context from the background (PanelApp's data-ready), and its live queries answered.
  await frame.waitForSelector('main[data-ready]');
  // The panel with its drafts open: the most it shows.
  await openDrafts(frame);
  await frame.waitForSelector('html:not([data-ng-loading])', { state: 'attached' });
  return { page, frame };
}

describe('the axe helper', () => {
  it('reports violations when there are some (so an empty list means something)', async () => {
    const url = 'https://a11y-probe.example/bad.html';
    await serveFixture(
      s.context,
      url,
      '<!doctype html><html><body><img src="data:,"><input><p style="color:#bbb;background:#fff">faint</p></body></html>',
    );
    const page = await s.context.newPage();
    await page.goto(url);
    const ids = (await axeViolations(page)).map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(['image-alt', 'label', 'color-contrast', 'html-has-lang']));
    await page.close();
  });
});

describe.each(SCHEMES)('axe finds no violations (%s theme)', (scheme) => {
  it('popup', async () => {
    const page = await openIn(scheme, 'popup.html');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('every dashboard section', async () => {
    expect(sections).toContain('settings');
    const page = await openIn(scheme, 'dashboard.html');
    for (const id of sections) {
      await openSection(page, id);
      expect(await axeViolations(page), `section ${id}`).toEqual([]);
    }
    await page.close();
  });

  it('onboarding page', async () => {
    const page = await openIn(scheme, 'onboarding.html');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('report page', async () => {
    const page = await openIn(scheme, 'report.html');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('complaint panel frame', async () => {
    const { page, frame } = await panelFrame(scheme);
    expect(await axeViolations(frame)).toEqual([]);
    await page.close();
  });
});

describe('themes and motion follow the system', () => {
  it('uses dark colours when the system is dark, light ones otherwise', async () => {
    const bg: Record<string, string> = {};
    for (const scheme of SCHEMES) {
      const page = await openIn(scheme, 'dashboard.html');
      bg[scheme] = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await page.close();
    }
    expect(bg.light).toBe('rgb(255, 255, 255)');
    expect(bg.dark).toBe('rgb(13, 17, 23)');
  });

  it('turns every transition and animation off when reduced motion is asked for', async () => {
    const page = await s.context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`chrome-extension://${s.extensionId}/onboarding.html`);
    await page.waitForSelector('#app > *');
    const moving = await page.evaluate(
      () =>
        [...document.querySelectorAll('*')]
          .map((el) => getComputedStyle(el))
          .filter((cs) => cs.transitionDuration.split(',').some((d) => parseFloat(d) > 0) || cs.animationName !== 'none').length,
    );
    expect(moving).toBe(0);
    await page.close();
  });
});

/** Tabs through a page and returns, for each stop, what it is and whether its focus is visible. */
async function tabStops(page: Page, max = 80) {
  const stops: { el: string; visible: boolean }[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const cs = getComputedStyle(el);
      const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2;
      const desc = `${el.tagName.toLowerCase()}${el.getAttribute('name') ? `[name=${el.getAttribute('name')}]` : ''}#${el.id}:${(el.textContent ?? '').trim().slice(0, 20)}`;
      return { el: desc, visible: outline || cs.boxShadow !== 'none' };
    });
    if (!stop) break;
    if (stops.some((s0) => s0.el === stop.el) && stops[0]?.el === stop.el) break;
    stops.push(stop);
  }
  return stops;
}

describe('keyboard only', () => {
  for (const path of ['popup.html', 'dashboard.html#/settings', 'onboarding.html']) {
    it(`reaches every control of ${path} with Tab, each with a visible focus ring`, async () => {
      const page = await openIn('light', path);
      // A group of radio buttons is one tab stop (arrow keys move within it), as everywhere on the web.
      const focusable = await page.$$eval(
        'a[href], button:not([disabled]), input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex="-1"])',
        (els) => {
          const shown = els.filter((e) => (e as HTMLElement).offsetParent !== null);
          const radioGroups = new Set(
            shown.filter((e) => (e as HTMLInputElement).type === 'radio').map((e) => (e as HTMLInputElement).name),
          );
          return shown.filter((e) => (e as HTMLInputElement).type !== 'radio').length + radioGroups.size;
        },
      );
      const stops = await tabStops(page);
      expect(stops.length).toBeGreaterThanOrEqual(focusable);
      expect(stops.filter((x) => !x.visible)).toEqual([]);
      await page.close();
    });
  }

  it('moves between dashboard sections from the keyboard', async () => {
    const page = await openIn('light', 'dashboard.html');
    const link = page.locator('nav a[href="#/settings"]');
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('main[data-section="settings"] select[name="locale"]');
    expect(await link.getAttribute('aria-current')).toBe('page');
    await page.close();
  });
});
