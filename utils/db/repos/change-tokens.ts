import { CONCERNS, INITIAL_TOKEN, TOKEN_KEYS, type Concern } from '../change-tokens';
import type { NgDatabase } from '../schema';

// Reading the change tokens (written by the middleware in utils/db/change-tokens.ts)
// and what each background follower last acted on. Both live in the derived
// table: losing them costs one extra run of each follower, nothing else.

const seenKey = (follower: string) => `seen:${follower}`;

/** Every concern's current token, in one read. */
export async function readTokens(db: NgDatabase): Promise<Record<Concern, string>> {
  const rows = await db.derived.bulkGet(CONCERNS.map((c) => TOKEN_KEYS[c]));
  return Object.fromEntries(CONCERNS.map((c, i) => [c, rows[i]?.token ?? INITIAL_TOKEN])) as Record<Concern, string>;
}

/** The token a follower last finished a run for (undefined: never). */
export async function readSeen(db: NgDatabase, follower: string): Promise<string | undefined> {
  return (await db.derived.get(seenKey(follower)))?.token;
}

export async function markSeen(db: NgDatabase, follower: string, token: string): Promise<void> {
  await db.derived.put({ key: seenKey(follower), token });
}
