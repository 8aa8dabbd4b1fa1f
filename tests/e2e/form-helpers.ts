import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { expect } from 'vitest';
import type { BrowserContext, Frame, Page } from 'playwright-core';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Serves the real libraries' dist files from node_modules at /__lib/<package path> on any fixture host. */
export async function serveLibraries(context: BrowserContext): Promise<void> {
  await context.route(/^https:\/\/[^/]+\/__lib\//, (route) => {
    const path = new URL(route.request().url()).pathname.slice('/__lib/'.length);
    const file = resolve('node_modules', path);
    if (!file.startsWith(resolve('node_modules'))) return route.abort();
    try {
      return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
    } catch {
      return route.fulfill({ status: 404, body: '' });
    }
  });
}

export interface AnchorBox {
  key: string;
  x: number;
  y: number;
}

/**
 * The anchors our closed shadow root holds, read through DevTools (which sees
 * closed shadow roots; the page cannot): each visible button's key and place.
 */
export async function anchorsOf(page: Page): Promise<AnchorBox[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const host = find(root, (n) => n.nodeName === 'NG-FIELD-ANCHORS');
    const buttons = host?.shadowRoots?.[0]?.children?.filter((n) => n.nodeName === 'BUTTON') ?? [];
    return buttons.flatMap((b) => {
      const a = attrs(b);
      if ('hidden' in a) return [];
      const left = /left:\s*(-?[\d.]+)px/.exec(a.style ?? '');
      const top = /top:\s*(-?[\d.]+)px/.exec(a.style ?? '');
      return left && top ? [{ key: a['data-key'] ?? '', x: Number(left[1]), y: Number(top[1]) }] : [];
    });
  } finally {
    await cdp.detach();
  }
}

interface DomNode {
  nodeName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}
function find(n: DomNode, pred: (n: DomNode) => boolean): DomNode | undefined {
  if (pred(n)) return n;
  for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) {
    const f = find(c, pred);
    if (f) return f;
  }
  return undefined;
}
function attrs(n: DomNode): Record<string, string> {
  const out: Record<string, string> = {};
  const a = n.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) out[a[i]!] = a[i + 1]!;
  return out;
}

export function panelFrameOf(page: Page): Frame | undefined {
  return page.frames().find((f) => f.url().includes('panel-frame.html') && !f.url().includes('field='));
}
export function menuFrameOf(page: Page): Frame | undefined {
  return page.frames().find((f) => f.url().includes('panel-frame.html') && f.url().includes('field='));
}

/** The docked panel's frame, with its drafts open. */
export async function panelFrame(page: Page): Promise<Frame> {
  await expect.poll(() => panelFrameOf(page) !== undefined, { timeout: 15_000 }).toBe(true);
  return openDrafts(panelFrameOf(page)!);
}

/**
 * Opens the docked panel's drafts as a user would (staged loading: until then
 * the frame holds only the checklist's summary), and waits until the drafts'
 * records are there (main[data-drafts]).
 */
export async function openDrafts(frame: Frame): Promise<Frame> {
  await frame.waitForSelector('main[data-ready]', { timeout: 15_000 });
  if ((await frame.locator('main[data-drafts]').count()) === 0) await frame.click('[data-action="open-drafts"]');
  await frame.waitForSelector('main[data-drafts]', { timeout: 15_000 });
  return frame;
}

/** Clicks the anchor whose box lies in `selector`'s element (a real mouse click), and returns that field's menu frame. */
export async function openMenuFor(page: Page, field: Box | (() => Promise<Box>)): Promise<Frame> {
  if (menuFrameOf(page)) {
    // A menu already open may lie over the next field: a click elsewhere on the page closes it, as a user would.
    await page.mouse.click(2, 2);
    await expect.poll(() => menuFrameOf(page) === undefined, { timeout: 5_000 }).toBe(true);
  }
  // Click only once the anchor has stopped moving: after the panel docks, folds or the page re-lays out, the
  // anchors follow on their next placement, and a click at the place read a moment before lands on the page.
  let anchor: AnchorBox | undefined;
  let last = '';
  await expect
    .poll(
      async () => {
        const box = typeof field === 'function' ? await field() : field;
        anchor = (await anchorsOf(page)).find((a) => inside(a, box));
        const seen = anchor ? `${anchor.key}@${anchor.x},${anchor.y}` : '';
        const steady = seen !== '' && seen === last;
        last = seen;
        return steady;
      },
      { timeout: 15_000, interval: 350 },
    )
    .toBe(true);
  await page.mouse.click(anchor!.x + 10, anchor!.y + 10);
  await expect.poll(() => menuFrameOf(page)?.url().includes(`field=${anchor!.key}`) ?? false, { timeout: 10_000 }).toBe(true);
  const f = menuFrameOf(page)!;
  await f.waitForSelector('main[data-ready]', { timeout: 15_000 });
  return f;
}

type Box = { x: number; y: number; width: number; height: number };
export const inside = (a: AnchorBox, b: Box) =>
  a.x + 10 >= b.x && a.x + 10 <= b.x + b.width && a.y + 10 >= b.y && a.y + 10 <= b.y + b.height;

/** Fills the profile in the docked panel, so that name drafts are "Li Ming". */
export async function saveProfile(frame: Frame): Promise<void> {
  await frame.click('details.profile summary');
  await frame.fill('input[name="profile-name"]', 'Li Ming');
  await frame.fill('input[name="profile-phone"]', '13800000000');
  await frame.click('details.profile button[type="submit"]');
  await expect
    .poll(() => frame.locator('li.draft[data-section="identity"] [data-testid="draft-text"]').first().inputValue())
    .toContain('Li Ming');
}

/**
 * Adds two evidence files to the agreement the panel selects by default (the
 * newest live one of the sample data), with plain IndexedDB from an extension
 * page: a small PNG and a noisy 1400×1400 PNG of several MB (over a 1 MB limit).
 */
export async function seedEvidence(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((res, rej) => {
      const r = indexedDB.open('negotiation-guard');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((res, rej) => {
        const r = db.transaction(store).objectStore(store).getAll();
        r.onsuccess = () => res(r.result as T[]);
        r.onerror = () => rej(r.error);
      });
    const agreements = await all<{ id: string; status: string; negotiatedOn: string }>('agreements');
    const live = agreements
      .filter((a) => a.status === 'active' || a.status === 'broken-by-lender')
      .sort((a, b) => b.negotiatedOn.localeCompare(a.negotiatedOn))[0]!;
    const png = async (size: number, noise: boolean) => {
      const c = new OffscreenCanvas(size, size);
      const ctx = c.getContext('2d')!;
      const img = ctx.createImageData(size, size);
      for (let i = 0; i < img.data.length; i++) img.data[i] = noise ? (Math.random() * 256) | 0 : i % 4 === 3 ? 255 : 200;
      ctx.putImageData(img, 0, 0);
      return c.convertToBlob({ type: 'image/png' });
    };
    const hex = async (b: Blob) =>
      Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', await b.arrayBuffer())), (x) => x.toString(16).padStart(2, '0')).join(
        '',
      );
    const now = Date.now();
    const rows: unknown[] = [];
    for (const [id, name, blob] of [
      ['ev-small', 'sms-screenshot.png', await png(64, false)],
      ['ev-big', 'call-log.png', await png(1400, true)],
    ] as const) {
      rows.push({
        id,
        ownerType: 'agreement',
        ownerId: live.id,
        name,
        mime: 'image/png',
        size: blob.size,
        sha256: await hex(blob),
        blob,
        capturedAt: now - 86_400_000,
        createdAt: now,
      });
    }
    await new Promise<void>((res, rej) => {
      const tx = db.transaction('evidence', 'readwrite');
      for (const r of rows) tx.objectStore('evidence').put(r);
      tx.oncomplete = () => res();
      tx.onerror = () => rej(tx.error);
    });
    db.close();
  });
}

/**
 * Our detector has started in this page (the flag it sets first thing, in
 * the extension's isolated world, read by the service worker). Production
 * builds put no ng:* mark on the page's timeline, so this is the signal.
 */
export async function detectorStarted(sw: { evaluate(expr: string): Promise<unknown> }, page: Page): Promise<void> {
  const expr = `(async () => {
    const [tab] = await chrome.tabs.query({ url: ${JSON.stringify(page.url())} });
    if (tab?.id === undefined) return false;
    const [r] = await chrome.scripting.executeScript({ target: { tabId: tab.id, frameIds: [0] }, func: () => typeof globalThis.__ngComplaintShow === 'function' });
    return r?.result === true;
  })()`;
  await expect.poll(() => sw.evaluate(expr), { timeout: 15_000 }).toBe(true);
}

/** How many outcomes the frame's actions have reported (panel-frame/useStatus.ts). */
export const outcomesOf = (frame: Frame) => frame.evaluate(() => Number(document.documentElement.dataset.outcomes ?? '0'));

/**
 * Acts (a click) until `done` gives `expected`. The guard refuses a click
 * within its enable delay after a frame appears or moves ("wait a moment,
 * then click again"), so the first click on a just-opened menu may do nothing.
 * It acts again only once the frame has answered the previous action (its
 * outcome counter moved), so an action that worked is never repeated.
 */
export async function actUntil<T>(
  frame: Frame,
  act: () => Promise<unknown>,
  done: () => Promise<T>,
  expected: T,
  timeout = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const before = await outcomesOf(frame);
    await act();
    await expect.poll(() => outcomesOf(frame), { timeout: Math.max(1000, deadline - Date.now()) }).toBeGreaterThan(before);
    const now = await done();
    if (Object.is(now, expected) || JSON.stringify(now) === JSON.stringify(expected)) return;
    if (Date.now() > deadline) expect(now).toEqual(expected);
  }
}

/** Clicks `selector` in the frame until `done` gives `expected` (see actUntil). */
export async function clickUntil<T>(frame: Frame, selector: string, done: () => Promise<T>, expected: T, timeout = 10_000): Promise<void> {
  await actUntil(frame, () => frame.click(selector), done, expected, timeout);
}

type Worker = { evaluate(expr: string): Promise<unknown> };

/**
 * The detector's status in this page (utils/sites/panel-storage.ts STATUS_FLAG):
 * 'none' once its first scan found no form, 'form:N', 'hidden' when the user
 * hid the helper on this site; undefined while it has not got that far.
 */
export async function detectorStatus(sw: Worker, page: Page): Promise<string | undefined> {
  const expr = `(async () => {
    const [tab] = await chrome.tabs.query({ url: ${JSON.stringify(page.url())} });
    if (tab?.id === undefined) return undefined;
    const [r] = await chrome.scripting.executeScript({ target: { tabId: tab.id, frameIds: [0] }, func: () => globalThis.__ngComplaintStatus });
    return r?.result ?? undefined;
  })()`;
  return (await sw.evaluate(expr)) as string | undefined;
}

/** The extension holds no host permission for this page's origin: it cannot inject anything there, so nothing of ours can appear. */
export async function cannotRunIn(sw: Worker, page: Page): Promise<boolean> {
  const origin = new URL(page.url()).origin;
  return (await sw.evaluate(`chrome.permissions.contains({ origins: [${JSON.stringify(`${origin}/*`)}] })`)) === false;
}
