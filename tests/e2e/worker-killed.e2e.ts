import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Session } from './harness';

// Issue 19, items 4 and 9: the service worker dies after the add committed and before it replied.
// The popup says honestly that the contact may have been saved and that saving again will not
// duplicate it; the retry (same idempotency key, kept with the draft) stores nothing twice.

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

/** Rows of one store, read with plain IndexedDB from an extension page (no app code involved). */
function rows(page: Page, store: string): Promise<Array<{ summary?: string }>> {
  return page.evaluate(
    (name) =>
      new Promise((resolve, reject) => {
        const r = indexedDB.open('negotiation-guard');
        r.onerror = () => reject(r.error);
        r.onsuccess = () => {
          const q = r.result.transaction(name).objectStore(name).getAll();
          q.onsuccess = () => {
            r.result.close();
            resolve(q.result as Array<{ summary?: string }>);
          };
          q.onerror = () => reject(q.error);
        };
      }),
    store,
  );
}

/**
 * In the worker: once a read-write transaction on `contacts` has committed, the worker's thread
 * spins before the database code can resolve, so the reply never leaves; the test then kills it.
 */
const HANG_AFTER_COMMIT = `(() => {
  // Dexie binds IDBDatabase#transaction at open, but sets each transaction's oncomplete: hook that setter.
  const d = Object.getOwnPropertyDescriptor(IDBTransaction.prototype, 'oncomplete');
  Object.defineProperty(IDBTransaction.prototype, 'oncomplete', {
    configurable: true,
    get() { return d.get.call(this); },
    set(fn) {
      const hang = typeof fn === 'function' && this.mode === 'readwrite' && [...this.objectStoreNames].includes('contacts');
      d.set.call(this, hang ? function (e) { const end = Date.now() + 120000; while (Date.now() < end) {} return fn.call(this, e); } : fn);
    },
  });
})()`;

/** A dashboard tab to read the database from, the popup ready, and the fault installed in the worker. */
async function openWith(fault: string): Promise<{ probe: Page; popup: Page }> {
  const probe = await s.openPage('dashboard.html');
  const popup = await s.openPage('popup.html');
  await popup.waitForSelector('main[data-ready]');
  await (await s.serviceWorker()).evaluate(fault);
  return { probe, popup };
}

describe('a worker killed between commit and reply', () => {
  it('the popup says it may have been saved; saving again stores no duplicate', async () => {
    const summary = '后台在答复前停止的这一条';
    const { probe, popup } = await openWith(HANG_AFTER_COMMIT);

    await popup.fill('textarea[name="summary"]', summary);
    await popup.click('button[type="submit"]');
    // The commit is visible to another context while the worker is stuck before its reply.
    await expect.poll(async () => (await rows(probe, 'contacts')).filter((c) => c.summary === summary).length, { timeout: 15_000 }).toBe(1);
    const cdp = await s.context.newCDPSession(probe);
    const { targetInfos } = await cdp.send('Target.getTargets');
    const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(s.extensionId));
    expect(sw).toBeDefined();
    await cdp.send('Target.closeTarget', { targetId: sw!.targetId });
    await cdp.detach();

    // Honest: not "nothing was saved", but "may not have been saved; saving again will not store it twice".
    await expect
      .poll(() => popup.locator('[role="alert"]').allTextContents(), { timeout: 15_000 })
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/可能没有保存.*不会重复保存|may not have been saved.*(not|never).*(twice|duplicate)/s),
        ]),
      );
    // The draft (and its key) is still there: the user saves again, which wakes a new worker.
    expect(await popup.inputValue('textarea[name="summary"]')).toBe(summary);
    await popup.click('button[type="submit"]');
    await expect.poll(() => popup.inputValue('textarea[name="summary"]'), { timeout: 15_000 }).toBe('');
    expect((await rows(probe, 'contacts')).filter((c) => c.summary === summary)).toHaveLength(1);
    await popup.close();
    await probe.close();
  });
});

/**
 * In the worker: IndexedDB refuses writes to `contacts` as a full disk does (a QuotaExceededError
 * DOMException from the store), a simulation at the browser API's boundary of what a full disk gives.
 */
const DISK_FULL = `(() => {
  for (const m of ['add', 'put']) {
    const orig = IDBObjectStore.prototype[m];
    IDBObjectStore.prototype[m] = function (...args) {
      if (this.name === 'contacts') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return orig.apply(this, args);
    };
  }
})()`;

describe('a full disk', () => {
  it('the popup says storage is full and what to do, and nothing is saved', async () => {
    const summary = '磁盘已满时的这一条';
    const { probe, popup } = await openWith(DISK_FULL);
    const before = await rows(probe, 'contacts');
    await popup.fill('textarea[name="summary"]', summary);
    await popup.click('button[type="submit"]');
    await expect
      .poll(() => popup.locator('[role="alert"]').allTextContents(), { timeout: 15_000 })
      .toEqual(expect.arrayContaining([expect.stringMatching(/存储空间已满|Storage is full/)]));
    expect(await rows(probe, 'contacts')).toEqual(before);
    expect(await popup.inputValue('textarea[name="summary"]')).toBe(summary);
    await popup.close();
    await probe.close();
  });
});
