import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { launch, serveFixture, type Session } from './harness';
import { fixtureHtml } from '../fixtures/pages';
import { FAKE_FRAMEWORK } from '../fixtures/framework';
import { IOV2_OFF, TRICKS } from './hostile-tricks';
import { actUntil, openDrafts, outcomesOf } from './form-helpers';
import { panelSettled } from './panel-settled';

// Hostile-page suite (issue 19): each click-jacking trick with and without
// IOv2, dark-mode filters, and the refusal said in the panel.

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

const URL = 'https://www.cca.org.cn/tsdh/hostile.html';
const insertSel = 'li.draft[data-field="f0"] button[aria-describedby]:not(.secondary)';
const statusSel = 'li.draft[data-field="f0"] [data-testid="draft-status"]';
const REFUSALS = /稍等|盖住|隐藏|难以看清|无法确认|Wait a moment|covers|hides the panel|cannot be checked/;

async function openReady(ioOff: boolean): Promise<{ page: Page; frame: Frame }> {
  await serveFixture(s.context, URL, fixtureHtml('cca-complaint.html').replace('</body>', `${FAKE_FRAMEWORK}</body>`));
  const page = await s.context.newPage();
  await page.goto(URL);
  await expect.poll(() => page.frames().some((f) => f.url().includes('panel-frame.html')), { timeout: 15_000 }).toBe(true);
  const frame = page.frames().find((f) => f.url().includes('panel-frame.html'))!;
  if (ioOff) await frame.evaluate(IOV2_OFF);
  await openDrafts(frame);
  await frame.click('details.profile summary');
  await frame.fill('input[name="profile-name"]', 'Li Ming');
  await frame.click('details.profile button[type="submit"]');
  await expect.poll(() => frame.locator(insertSel).isEnabled(), { timeout: 10_000 }).toBe(true);
  return { page, frame };
}

/**
 * A real mouse click at the middle of the Insert button, wherever the page lets it land. Scrolled there
 * without Playwright's actionability wait: under a trick that hides the whole page (clip-path on <html>)
 * the frame paints no frames, so "wait until stable" never ends; a user clicks where the button is.
 */
async function clickInsert(page: Page, frame: Frame): Promise<void> {
  await frame.locator(insertSel).evaluate((el) => el.scrollIntoView({ block: 'nearest' }));
  const box = await frame.locator(insertSel).boundingBox();
  if (box) await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

const confirmSel = '[data-testid="guard-confirm"]';

/**
 * Clicks Insert once and waits for the panel's answer: an outcome (the frame's counter moved), the
 * confirmation step (the guard could not check the click), or the button turned disabled (the cover report).
 */
async function clickAndAnswer(
  page: Page,
  frame: Frame,
  click = () => clickInsert(page, frame),
): Promise<'disabled' | 'confirm' | 'outcome'> {
  const before = await outcomesOf(frame);
  if (!(await frame.locator(insertSel).isDisabled())) await click();
  let answer: 'disabled' | 'confirm' | 'outcome' | '' = '';
  await expect
    .poll(
      async () => {
        if ((await outcomesOf(frame)) > before) answer = 'outcome';
        else if ((await frame.locator(confirmSel).count()) > 0) answer = 'confirm';
        else if (await frame.locator(insertSel).isDisabled()) answer = 'disabled';
        return answer;
      },
      { timeout: 10_000 },
    )
    .not.toBe('');
  return answer as 'disabled' | 'confirm' | 'outcome';
}

/** Insert is refused: disabled (the cover report), or it says why, or it asks to confirm the text. Never filled. */
async function expectRefused(page: Page, frame: Frame, what: string): Promise<void> {
  const answer = await clickAndAnswer(page, frame);
  if (answer === 'outcome') expect(await frame.locator(statusSel).textContent(), what).toMatch(REFUSALS);
  if (answer === 'confirm') await frame.click(`${confirmSel} [data-action="cancel"]`);
  expect(await page.inputValue('input[name="name"]'), what).toBe('');
  expect(await page.evaluate(() => (window as unknown as { __changes: number }).__changes), what).toBe(0);
}

for (const ioOff of [false, true]) {
  describe(`click-jacking tricks, IOv2 ${ioOff ? 'off' : 'on'}`, () => {
    for (const [name, script] of Object.entries(TRICKS)) {
      it(`refuses Insert under: ${name}`, async () => {
        const { page, frame } = await openReady(ioOff);
        await page.evaluate(script);
        await expectRefused(page, frame, name);
        await page.close();
      });
    }

    it('a dark-mode filter on <html> does not lock the panel: Insert fills the field', async () => {
      const { page, frame } = await openReady(ioOff);
      await page.evaluate(() => document.documentElement.setAttribute('style', 'filter: invert(1) hue-rotate(180deg)'));
      // Clicks again only after the panel answered the last click (the guard may say "wait" at first).
      await actUntil(
        frame,
        () => clickInsert(page, frame),
        () => page.inputValue('input[name="name"]'),
        'Li Ming',
      );
      await expect.poll(() => frame.locator(statusSel).textContent()).toMatch(/已插入|Inserted|已填入|inserted/i);
      await page.close();
    });
  });
}

describe('refusals say why, and the panel waits after it becomes visible', () => {
  it('an Insert right after an overlay is removed is refused with "wait", then works', async () => {
    const { page, frame } = await openReady(true);
    await page.evaluate(TRICKS['see-through overlay (pointer-events: none)']!);
    await expect.poll(() => frame.locator(insertSel).isDisabled()).toBe(true);
    await page.evaluate(() => document.documentElement.lastElementChild!.remove());
    await expect.poll(() => frame.locator(insertSel).isEnabled()).toBe(true);
    await clickInsert(page, frame);
    await expect.poll(() => frame.locator(statusSel).textContent()).toMatch(/稍等|Wait a moment/);
    expect(await page.inputValue('input[name="name"]')).toBe('');
    await actUntil(
      frame,
      () => clickInsert(page, frame),
      () => page.inputValue('input[name="name"]'),
      'Li Ming',
    );
    await page.close();
  });
});

describe('when the guard cannot check the click (unsure)', () => {
  it('the panel shows the text to insert with Confirm / Cancel, and inserts only after Confirm', async () => {
    // IOv2 off (as in Firefox): a non-uniform scale makes the frame-to-page mapping unreliable ('unsure').
    const { page, frame } = await openReady(true);
    const SY = 0.9;
    await page.evaluate((sy) => void (document.documentElement.style.cssText = `transform: scale(1, ${sy}); transform-origin: 0 0`), SY);
    await panelSettled(page);
    await frame.locator(insertSel).scrollIntoViewIfNeeded();
    // Playwright's boxes ignore the page's scale; the browser maps a real click through it (origin 0 0).
    const clickScaled = async (sel = insertSel) => {
      const b = (await frame.locator(sel).boundingBox())!;
      await page.mouse.click(b.x + b.width / 2, (b.y + b.height / 2) * SY);
    };
    const untilConfirm = async () => {
      for (let i = 0; i < 10 && (await clickAndAnswer(page, frame, () => clickScaled())) !== 'confirm'; i++)
        expect(await frame.locator(statusSel).textContent()).toMatch(/稍等|Wait a moment/);
    };
    await untilConfirm();
    expect(await frame.locator(`${confirmSel} [data-testid="guard-confirm-text"]`).textContent()).toBe('Li Ming');
    expect(await page.inputValue('input[name="name"]')).toBe('');
    // Cancel: nothing goes in, and the panel says why.
    const before = await outcomesOf(frame);
    await clickScaled(`${confirmSel} [data-action="cancel"]`);
    await expect.poll(() => outcomesOf(frame)).toBeGreaterThan(before);
    expect(await frame.locator(statusSel).textContent()).toMatch(/无法确认|cannot be checked/);
    expect(await page.inputValue('input[name="name"]')).toBe('');
    // Confirm (enabled only after a moment, so a double click cannot take it): the text goes in.
    await untilConfirm();
    await expect.poll(() => frame.locator(`${confirmSel} [data-action="confirm"]`).isEnabled()).toBe(true);
    await clickScaled(`${confirmSel} [data-action="confirm"]`);
    await expect.poll(() => page.inputValue('input[name="name"]')).toBe('Li Ming');
    expect(await frame.locator(confirmSel).count()).toBe(0);
    await page.close();
  });
});

describe('focus stealing', () => {
  const STEALER = `window.__steal = setInterval(() => document.querySelector('input[name="addr"]').focus(), 30);`;

  async function openWith(extra: string): Promise<{ page: Page; frame: Frame }> {
    const url = 'https://www.cca.org.cn/tsdh/focus.html';
    await serveFixture(s.context, url, fixtureHtml('cca-complaint.html').replace('</body>', `${extra}</body>`));
    const page = await s.context.newPage();
    await page.goto(url);
    await expect.poll(() => page.frames().some((f) => f.url().includes('panel-frame.html')), { timeout: 15_000 }).toBe(true);
    const frame = await openDrafts(page.frames().find((f) => f.url().includes('panel-frame.html'))!);
    await frame.click('details.profile summary');
    return { page, frame };
  }

  it('a page that calls focus() every 30 ms: the panel warns, stops taking input and offers the dashboard', async () => {
    const { page, frame } = await openWith('');
    await frame.click('input[name="profile-address"]');
    await page.keyboard.type('Secret');
    // The page starts stealing while the user types.
    await page.evaluate(STEALER);
    await page.keyboard.type(' Road 1');
    await expect.poll(() => frame.locator('[data-testid="focus-stolen"][role="alert"]').count(), { timeout: 10_000 }).toBe(1);
    expect(await frame.locator('[data-testid="focus-dashboard"]').count()).toBe(1);
    // The profile fields are inert now: a click does not focus them, so nothing more can be typed there.
    expect(await frame.evaluate(() => document.querySelector('input[name="profile-address"]')!.closest('[inert]') !== null)).toBe(true);
    // While the page keeps stealing, resuming would be stolen again at once; once it stops, the user can resume.
    await page.evaluate(() => clearInterval((window as unknown as { __steal: number }).__steal));
    await frame.click('[data-testid="focus-resume"]');
    await expect.poll(() => frame.locator('[data-testid="focus-stolen"]').count()).toBe(0);
    await page.close();
  });

  it('no warning when the user leaves the panel by clicking the page or by Tab', async () => {
    const { page, frame } = await openWith('');
    // Start from an empty name (an earlier test of this file may have saved one).
    await frame.fill('input[name="profile-name"]', '');
    await frame.click('input[name="profile-name"]');
    await page.keyboard.type('Li');
    await page.click('input[name="tel"]');
    await page.keyboard.type('123');
    expect(await page.inputValue('input[name="tel"]')).toBe('123');
    await frame.click('input[name="profile-address"]');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    // A real signal that the panel processed those moves: the saved-state of the form changes when typed into.
    await frame.click('input[name="profile-name"]');
    await page.keyboard.type('x');
    await expect.poll(() => frame.inputValue('input[name="profile-name"]')).toBe('Lix');
    expect(await frame.locator('[data-testid="focus-stolen"]').count()).toBe(0);
    await page.close();
  });
});

describe('storage writes from a content script', () => {
  it('a content script cannot set the language (which would reload every extension page) or hide the panel', async () => {
    const { page } = await openReady(false);
    const cdp = await s.context.newCDPSession(page);
    const contexts: Array<{ id: number; origin: string; auxData?: { type?: string } }> = [];
    cdp.on('Runtime.executionContextCreated', (e) => void contexts.push(e.context as never));
    await cdp.send('Runtime.enable');
    const ours = () => contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.startsWith(`chrome-extension://${s.extensionId}`));
    await expect.poll(() => ours() !== undefined).toBe(true);
    const { result } = await cdp.send('Runtime.evaluate', {
      contextId: ours()!.id,
      awaitPromise: true,
      returnByValue: true,
      expression: `(async () => { try { await chrome.storage.local.set({ 'ng.locale': 'en', 'ng.panel.hiddenHosts': ['www.cca.org.cn'] }); return 'written'; } catch (e) { return 'refused'; } })()`,
    });
    expect(result.value).toBe('refused');
    const dash = await s.openPage('dashboard.html');
    expect(
      await dash.evaluate(() =>
        (globalThis as unknown as { chrome: { storage: { local: { get(k: string[]): Promise<unknown> } } } }).chrome.storage.local.get([
          'ng.locale',
          'ng.panel.hiddenHosts',
        ]),
      ),
    ).toEqual({});
    await dash.close();
    await cdp.detach();
    await page.close();
  });
});

describe('what a complaint site learns about the extension', () => {
  it('no message or performance mark names the extension (id, ng:* marks)', async () => {
    const spy = `<script>window.__seen = []; addEventListener('message', (e) => window.__seen.push(JSON.stringify(e.data)));</script>`;
    const url = 'https://www.cca.org.cn/tsdh/exposure.html';
    await serveFixture(s.context, url, fixtureHtml('cca-complaint.html').replace('<head>', `<head>${spy}`));
    const page = await s.context.newPage();
    await page.goto(url);
    await expect.poll(() => page.frames().some((f) => f.url().includes('panel-frame.html')), { timeout: 15_000 }).toBe(true);
    const seen = await page.evaluate(() => ({
      messages: (window as unknown as { __seen: string[] }).__seen,
      marks: performance.getEntriesByType('mark').map((m) => m.name),
    }));
    expect(seen.messages.filter((m) => m.includes(s.extensionId))).toEqual([]);
    expect(seen.marks.filter((m) => m.startsWith('ng:'))).toEqual([]);
    await page.close();
  });
});
