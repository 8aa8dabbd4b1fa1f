import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import type { Session } from './harness';
import { formHtml, launchForForms, openForm } from './form-session';
import { openDrafts, outcomesOf, panelFrameOf } from './form-helpers';
import { IOV2_OFF } from './hostile-tricks';
import { panelSettled } from './panel-settled';
import { dumpDb } from './db-dump';
import { fixtureHtml } from '../fixtures/pages';

// When the page's guard cannot check a click ('unsure'), Record and file attach show what will be
// recorded / which files in the panel's own document, and act only on Confirm. IOv2 off, as in Firefox.
let s: Session;
beforeAll(async () => {
  s = await launchForForms();
}, 120_000);
afterAll(async () => {
  await s?.close();
});

const confirmSel = '[data-testid="guard-confirm"]';
const SY = 0.9;
const SCALE = `transform: scale(1, ${SY}); transform-origin: 0 0`;

/**
 * The docked panel with its drafts open, IOv2 off, on a page scaled unevenly (the frame-to-page mapping is
 * then unreliable).
 */
async function openUnsure(url: string, html: string): Promise<{ page: Page; frame: Frame }> {
  const page = await openForm(s, url, html);
  await expect.poll(() => panelFrameOf(page) !== undefined, { timeout: 15_000 }).toBe(true);
  const frame = panelFrameOf(page)!;
  await frame.evaluate(IOV2_OFF);
  await openDrafts(frame);
  await page.evaluate((css) => void (document.documentElement.style.cssText = css), SCALE);
  await panelSettled(page);
  return { page, frame };
}

/** A real click on `sel` in the frame, mapped through the page's scale (Playwright's boxes ignore it). */
async function clickScaled(page: Page, frame: Frame, sel: string): Promise<void> {
  // Near the frame's top: the scaled page does not hit-test the lower part of the panel (room below lets it scroll there).
  await frame.evaluate(() => void (document.body.style.paddingBottom = '100vh'));
  await frame.locator(sel).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const b = (await frame.locator(sel).boundingBox())!;
  await page.mouse.click(b.x + b.width / 2, (b.y + b.height / 2) * SY);
}

/** Clicks `sel` until the confirmation appears; again only after the panel answered the last click (its "wait"). */
async function untilConfirm(page: Page, frame: Frame, sel: string, said: () => Promise<string | null>): Promise<void> {
  for (let i = 0; i < 10; i++) {
    // A user told to wait clicks again once the panel has stood still: the page-side signal of the guard's delay.
    await panelSettled(page);
    const before = await outcomesOf(frame);
    await clickScaled(page, frame, sel);
    let answer = '';
    await expect
      .poll(
        async () =>
          (answer = (await frame.locator(confirmSel).count()) > 0 ? 'confirm' : (await outcomesOf(frame)) > before ? 'outcome' : ''),
        { timeout: 10_000 },
      )
      .not.toBe('');
    if (answer === 'confirm') return;
    expect(await said()).toMatch(/稍等|Wait a moment/);
  }
  throw new Error('no confirmation appeared');
}

async function complaintsStored(): Promise<number> {
  const dash = await s.openPage('dashboard.html');
  const n = (await dumpDb(dash)).complaints?.length ?? 0;
  await dash.close();
  return n;
}

describe('Record and attach when the guard cannot check the click (IOv2 off)', () => {
  it('Record shows what will be recorded; Cancel records nothing, Confirm records it', async () => {
    const { page, frame } = await openUnsure('https://www.cca.org.cn/tsdh/record.html', fixtureHtml('cca-complaint.html'));
    const status = () => frame.locator('[data-testid="record-status"]').textContent();
    const before = await complaintsStored();
    await untilConfirm(page, frame, '[data-testid="record"]', status);
    expect(await frame.getAttribute(`${confirmSel} [data-testid="guard-confirm-text"]`, 'data-kind')).toBe('Record');
    const shown = (await frame.locator(`${confirmSel} [data-testid="guard-confirm-text"]`).textContent()) ?? '';
    // Every non-empty draft is shown, as it will be recorded.
    const drafts = (
      await frame.locator('[data-testid="draft-text"]').evaluateAll((ts) => ts.map((t) => (t as HTMLTextAreaElement).value))
    ).filter((x) => x.trim() !== '');
    expect(drafts.length).toBeGreaterThan(0);
    for (const d of drafts) expect(shown).toContain(d);
    const n = await outcomesOf(frame);
    await clickScaled(page, frame, `${confirmSel} [data-action="cancel"]`);
    await expect.poll(() => outcomesOf(frame)).toBeGreaterThan(n);
    expect(await status()).toMatch(/无法确认|cannot be checked/);
    expect(await complaintsStored()).toBe(before);

    await untilConfirm(page, frame, '[data-testid="record"]', status);
    await expect.poll(() => frame.locator(`${confirmSel} [data-action="confirm"]`).isEnabled()).toBe(true);
    await clickScaled(page, frame, `${confirmSel} [data-action="confirm"]`);
    await expect.poll(() => complaintsStored()).toBe(before + 1);
    expect(await frame.locator(confirmSel).count()).toBe(0);
    await page.close();
  });

  it('attach names the files; Cancel attaches nothing, Confirm attaches them', async () => {
    const { page, frame } = await openUnsure('https://www.12315.cn/el/attach', formHtml('element-ui.html'));
    const card = 'li.draft[data-kind="file"]';
    await page.evaluate(() => void (document.documentElement.style.cssText = ''));
    await frame.locator(`${card} label:has-text("sms-screenshot.png") input`).check();
    await page.evaluate((css) => void (document.documentElement.style.cssText = css), SCALE);
    await panelSettled(page);
    const status = () => frame.locator(`${card} [data-testid="draft-status"]`).textContent();
    const attach = `${card} [data-testid="attach"]`;
    await untilConfirm(page, frame, attach, status);
    expect(await frame.getAttribute(`${confirmSel} [data-testid="guard-confirm-text"]`, 'data-kind')).toBe('Attach');
    expect(await frame.locator(`${confirmSel} [data-testid="guard-confirm-text"]`).textContent()).toBe('sms-screenshot.png');
    const n = await outcomesOf(frame);
    await clickScaled(page, frame, `${confirmSel} [data-action="cancel"]`);
    await expect.poll(() => outcomesOf(frame)).toBeGreaterThan(n);
    expect(await status()).toMatch(/无法确认|cannot be checked/);
    expect(await page.evaluate(() => (window as unknown as { __files: unknown[] }).__files)).toEqual([]);

    await untilConfirm(page, frame, attach, status);
    await expect.poll(() => frame.locator(`${confirmSel} [data-action="confirm"]`).isEnabled()).toBe(true);
    await clickScaled(page, frame, `${confirmSel} [data-action="confirm"]`);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __files: { name: string }[] }).__files.map((f) => f.name)))
      .toEqual(['sms-screenshot.png']);
    await page.close();
  });
});
