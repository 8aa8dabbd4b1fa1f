import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { launch, serveFixture, type Session } from './harness';
import { rpcFromPage, chooseJurisdiction } from './extension-pages';
import { fixtureHtml } from '../fixtures/pages';
import { clickUntil, openDrafts } from './form-helpers';
import { channelById } from '../../utils/sites';

// Issue 13 end to end: the facts draft for a realistic record, inserted into
// a complaint form, reads back in the page exactly as written; the user's edit
// is kept for that complaint; recording twice from the page makes one record,
// a draft until the user says it was submitted.

let s: Session;
const nfra = channelById('nfra')!;
const url = nfra.testUrls[0]!;

beforeAll(async () => {
  s = await launch();
  await chooseJurisdiction(s, 'CN'); // the mainland rulebook these checks expect (a fresh en-US profile presets none)
  const dash = await s.openPage('dashboard.html');
  await rpcFromPage(dash, 'sample.load', { locale: 'zh-CN', tzOffsetMin: 480 });
  await dash.close();
});
afterAll(async () => {
  await s?.close();
});

async function openForm(): Promise<{ page: Page; frame: Frame }> {
  await serveFixture(s.context, url, fixtureHtml(nfra.fixture));
  const page = await s.context.newPage();
  await page.goto(url);
  await page.waitForSelector('ng-complaint-panel', { state: 'attached', timeout: 10_000 });
  await expect.poll(() => page.frames().some((f) => f.url().includes('panel-frame.html')), { timeout: 10_000 }).toBe(true);
  const frame = page.frames().find((f) => f.url().includes('panel-frame.html'))!;
  await openDrafts(frame);
  await frame.waitForSelector('main[data-ready] li.draft[data-section="facts"]');
  return { page, frame };
}

const factsCard = (frame: Frame) => frame.locator('li.draft[data-section="facts"]');
const INSERT = 'li.draft[data-section="facts"] button:has-text("插入"), li.draft[data-section="facts"] button:has-text("Insert")';
const RECORDED = /已记为草稿|Recorded as a draft/;
const outsideQuotes = (t: string) => t.replace(/“[^”]*”/g, '');

/** The complaint records made on this page (the sample data has others). */
async function complaints(): Promise<{ status: string; referenceNo: string; sections: Record<string, string> }[]> {
  const dash = await s.openPage('dashboard.html');
  const rows = await dash.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const req = indexedDB.open('negotiation-guard');
        req.onsuccess = () => {
          const all = req.result.transaction('complaints').objectStore('complaints').getAll();
          all.onsuccess = () => resolve(all.result as unknown[]);
          all.onerror = () => reject(all.error);
        };
        req.onerror = () => reject(req.error);
      }),
  );
  await dash.close();
  return (rows as { channelId: string; url: string }[]).filter((c) => c.channelId === 'nfra' && c.url.startsWith(url)) as never;
}

describe('a complaint draft on the NFRA form', () => {
  it('inserts the facts draft, which reads back in the page as written, within the field limit', async () => {
    const { page, frame } = await openForm();
    const draft = await factsCard(frame).locator('[data-testid="draft-text"]').inputValue();
    const max = Number(await page.getAttribute('textarea[name="facts"]', 'maxlength'));
    expect(draft.length).toBeGreaterThan(100);
    expect(draft.length).toBeLessThanOrEqual(max);
    expect(outsideQuotes(draft)).not.toMatch(/[你您]/u);
    expect(draft).toContain('该公司');
    await clickUntil(frame, `${INSERT} >> nth=0`, () => page.inputValue('textarea[name="facts"]'), draft);
    await page.close();
  });

  it("keeps the user's edit for this complaint across a reload, and inserts the edited text", async () => {
    let { page, frame } = await openForm();
    const box = factsCard(frame).locator('[data-testid="draft-text"]');
    const edited = `${(await box.inputValue()).slice(0, 300)}\n我补充：对方每次来电都自称“法务部”。`;
    await box.fill(edited);
    await expect.poll(() => factsCard(frame).locator('[data-testid="draft-edited"]').count()).toBe(1);
    // The edit is saved after a pause in typing; the record holds it.
    await expect.poll(async () => (await complaints()).some((c) => c.sections.facts === edited), { timeout: 5000 }).toBe(true);
    await page.close();
    ({ page, frame } = await openForm());
    await expect.poll(() => factsCard(frame).locator('[data-testid="draft-text"]').inputValue()).toBe(edited);
    await clickUntil(frame, `${INSERT} >> nth=0`, () => page.inputValue('textarea[name="facts"]'), edited);
    await page.close();
  });

  it('recording twice makes one record, a draft until the user says it was submitted', async () => {
    const { page, frame } = await openForm();
    await clickUntil(
      frame,
      '[data-testid="record"]',
      async () => RECORDED.test((await frame.locator('[data-testid="record-status"]').textContent()) ?? ''),
      true,
    );
    expect(await complaints()).toHaveLength(1);
    // The second record of the same page, once the first went through (the panel is settled by now).
    await frame.click('[data-testid="record"]');
    await expect.poll(() => frame.locator('[data-testid="record-status"]').textContent()).toMatch(RECORDED);
    await expect.poll(() => frame.locator('[data-testid="mark-submitted"]').count()).toBe(1);
    const drafts = await complaints();
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ status: 'draft', referenceNo: '' });
    await frame.fill('[data-testid="mark-submitted"] input[name="referenceNo"]', 'NFRA-2026-0042');
    await frame.click('[data-testid="mark-submitted"] button[type="submit"]');
    await expect.poll(() => frame.locator('[data-testid="submitted-status"]').count()).toBe(1);
    const after = await complaints();
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ status: 'submitted', referenceNo: 'NFRA-2026-0042' });
    await page.close();
  });
});
