import type { Page } from 'playwright-core';
import { TOKEN_KEYS } from '../../utils/db/change-tokens';
import { SUMMARY_KEY } from '../../utils/db/repos/findings-snapshot-read';
import { BACKUP_FOLLOWER } from '../../utils/background/backup-reminder';

/**
 * The background's followers (utils/background/change-watch.ts) and the
 * concern each acts on: a follower has caught up when the token it last
 * finished a run for ("seen:<follower>") is the concern's current token.
 */
const FOLLOWERS: Array<[follower: string, tokenKey: string]> = [
  ['reminders', TOKEN_KEYS.reminders],
  ['sites', TOKEN_KEYS.sites],
  [BACKUP_FOLLOWER, TOKEN_KEYS.backup],
];

/**
 * Waits until the background has acted on every write so far: each follower
 * has seen its concern's current token and the findings snapshot was computed
 * from the current inputs token. Read with plain IndexedDB from an extension
 * page (the same rows the background compares), polled until true: the real
 * signal "nothing more will happen", instead of a pause.
 */
export async function backgroundSettled(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    async ({ followers, findingsKey, summaryKey }) => {
      const db = await new Promise<IDBDatabase>((res, rej) => {
        const r = indexedDB.open('negotiation-guard');
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      try {
        const store = db.transaction('derived').objectStore('derived');
        const get = (key: string) =>
          new Promise<{ token?: string } | undefined>((res, rej) => {
            const r = store.get(key);
            r.onsuccess = () => res(r.result as { token?: string } | undefined);
            r.onerror = () => rej(r.error);
          });
        const token = async (key: string) => (await get(key))?.token ?? 'initial';
        for (const [follower, key] of followers) if ((await get(`seen:${follower}`))?.token !== (await token(key))) return false;
        return (await get(summaryKey))?.token === (await token(findingsKey));
      } finally {
        db.close();
      }
    },
    { followers: FOLLOWERS, findingsKey: TOKEN_KEYS.findings, summaryKey: SUMMARY_KEY },
    { timeout, polling: 100 },
  );
}
