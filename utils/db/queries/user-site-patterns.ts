import type { NgDatabase } from '../schema';

/** The host patterns of the sites the user added (their optional permissions go with "delete all my data"). */
export async function userSitePatterns(db: NgDatabase): Promise<string[]> {
  return (await db.userSites.toArray()).map((s) => s.pattern);
}
