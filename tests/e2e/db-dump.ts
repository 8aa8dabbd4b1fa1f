import type { Page } from 'playwright-core';
import { backgroundSettled } from './background-settled';

// Reads and wipes the extension's database with plain IndexedDB from an
// extension page (no app code involved), for "nothing changed" assertions.

/**
 * Every table of the user's records. Blobs become their type, size and bytes:
 * the bytes as hex up to 64 KB, as SHA-256 above (comparing the digests of
 * two Blobs compares every byte without moving megabytes of hex through
 * DevTools). The `derived` table is left out: the background recomputes it
 * whenever it likes, so it has no place in "nothing changed" or "everything
 * is back" comparisons (its invariants are unit-tested). Nor is
 * `contactIndex`, derived from the contacts in their own writes: how the
 * writes split it into segments differs after a restore, its meaning does not
 * (tests/unit/db/contact-index.test.ts).
 */
export function dumpDb(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(async () => {
    const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    const db = await new Promise<IDBDatabase>((res, rej) => {
      const r = indexedDB.open('negotiation-guard');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const out: Record<string, unknown[]> = {};
    for (const name of [...db.objectStoreNames].filter((n) => n !== 'derived' && n !== 'contactIndex')) {
      const rows = await new Promise<unknown[]>((res, rej) => {
        const r = db.transaction(name).objectStore(name).getAll();
        r.onsuccess = () => res(r.result as unknown[]);
        r.onerror = () => rej(r.error);
      });
      for (const row of rows as Array<Record<string, unknown>>) {
        if (!(row.blob instanceof Blob)) continue;
        const buf = await row.blob.arrayBuffer();
        const bytes =
          buf.byteLength <= 64 * 1024
            ? hex(new Uint8Array(buf))
            : `sha256:${hex(new Uint8Array(await crypto.subtle.digest('SHA-256', buf)))}`;
        row.blob = { type: row.blob.type, size: row.blob.size, bytes };
      }
      out[name] = rows;
    }
    db.close();
    return out;
  });
}

/** Dumps once the background has acted on every write so far (e.g. marked due reminders fired). */
export async function settledDump(page: Page): Promise<Record<string, unknown[]>> {
  await backgroundSettled(page);
  return dumpDb(page);
}

export function wipeDb(page: Page): Promise<void> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((res, rej) => {
      const r = indexedDB.open('negotiation-guard');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const tx = db.transaction([...db.objectStoreNames], 'readwrite');
    for (const name of db.objectStoreNames) tx.objectStore(name).clear();
    await new Promise((res) => (tx.oncomplete = res));
    db.close();
  });
}
