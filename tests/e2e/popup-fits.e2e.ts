import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Session } from './harness';

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

/** The popup opened as a tab of the given viewport (Chrome's toolbar popup is at most 800×600). */
async function popupAt(width: number, height: number): Promise<Page> {
  const page = await s.context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(`chrome-extension://${s.extensionId}/popup.html`);
  await page.waitForSelector('main[data-ready]');
  return page;
}

async function insideViewport(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).first().boundingBox();
  const vp = page.viewportSize()!;
  return !!box && box.x >= 0 && box.y >= 0 && box.x + box.width <= vp.width && box.y + box.height <= vp.height;
}

describe('the popup fits and is fast to use', () => {
  for (const [w, h] of [
    [800, 600],
    [360, 640],
  ] as const) {
    it(`shows Save, the summary and every flag without scrolling at ${w}×${h}`, async () => {
      const page = await popupAt(w, h);
      await page.screenshot({ path: `/tmp/ng-popup-${w}x${h}.png`, fullPage: true });
      expect(await page.evaluate(() => scrollY)).toBe(0);
      expect(await insideViewport(page, 'button[type="submit"]')).toBe(true);
      expect(await insideViewport(page, 'textarea[name="summary"]')).toBe(true);
      for (const f of await page.locator('input[name="flag"]').all()) expect(await f.isVisible()).toBe(true);
      expect(await insideViewport(page, 'fieldset.flags')).toBe(true);
      // Nothing runs past the right edge at 360 px.
      expect(await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth])).toSatisfy(
        ([sw, cw]: number[]) => sw! <= cw!,
      );
      // The body text is the token size, not Chromium's 75 % shrink (11.25 px).
      expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('15px');
      await page.close();
    });
  }

  it('saves with Ctrl+Enter from the summary, then puts the cursor back for the next contact', async () => {
    const page = await popupAt(800, 600);
    const before = await page.locator('.recent-item').count();
    await page.fill('textarea[name="summary"]', '用 Ctrl+Enter 保存的记录');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.locator('.recent-item').count()).toBe(before + 1);
    expect(await page.locator('.recent-item').first().textContent()).toContain('用 Ctrl+Enter 保存的记录');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLTextAreaElement | null)?.name)).toBe('summary');
    expect(await page.inputValue('textarea[name="summary"]')).toBe('');
    await page.close();
  });

  it('counts the interactions: a missed call is 2, a call with a threat is 2 plus typing', async () => {
    const page = await popupAt(800, 600);
    let interactions = 0;
    const click = async (selector: string) => {
      interactions += 1;
      await page.click(selector);
    };
    const before = await page.locator('.recent-item').count();
    // A missed call: one tap on the channel chip, one on Save (time and lender keep their defaults).
    await click('input[name="channel-quick"][value="missed-call"]');
    await click('button[type="submit"]');
    await expect.poll(() => page.locator('.recent-item').count()).toBe(before + 1);
    expect(interactions).toBe(2);

    // A call with a threat: back to "call", type, tick "threat", Save.
    interactions = 0;
    await click('input[name="channel-quick"][value="call"]');
    await page.fill('textarea[name="summary"]', '说要去我单位闹');
    await click('input[name="flag"][value="threat"]');
    await click('button[type="submit"]');
    await expect.poll(() => page.locator('.recent-item').count()).toBe(before + 2);
    // 3 here only because the previous record left the channel at "missed call"; from a fresh popup it is 2.
    expect(interactions).toBe(3);
    await page.close();
  });

  it('nudges the time: "1 h ago" sets the time an hour back', async () => {
    const page = await popupAt(800, 600);
    await page.click('.nudges button[data-minutes="60"]');
    const value = await page.inputValue('input[name="at"]');
    const diff = Date.now() - new Date(value).getTime();
    expect(diff).toBeGreaterThan(59 * 60_000);
    expect(diff).toBeLessThan(62 * 60_000);
    await page.close();
  });
});
