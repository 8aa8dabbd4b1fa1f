import * as v from 'valibot';
import { AppError, invalid, notFound } from '../../model/errors';
import { newId } from '../../model/ids';
import { UserSiteSchema, type UserSite } from '../../model/records';
import type { NgDatabase } from '../schema';
import { keyedAdd } from './write-keys';
import { id, shortText } from '../../model/fields';
import { sitePattern } from '../../domain/complaints/site-pattern';

export const UserSiteInputSchema = v.strictObject({
  url: v.pipe(shortText, v.minLength(1)),
  label: v.optional(shortText, ''),
  lenderId: v.optional(id),
});
export type UserSiteInput = v.InferInput<typeof UserSiteInputSchema>;

/** Adds a lender's complaint site (one https host). The permission is requested by the page before this call. */
export async function addUserSite(db: NgDatabase, input: UserSiteInput, now = Date.now(), requestKey?: string): Promise<UserSite> {
  const p = v.parse(UserSiteInputSchema, input);
  const pat = sitePattern(p.url);
  if (!pat.ok) throw invalid('url', `complaint.site.error.${pat.reason}`, `not a usable site address (${pat.reason})`);
  const site: UserSite = {
    id: newId(),
    pattern: pat.pattern,
    label: p.label.trim() || pat.origin.slice(8),
    createdAt: now,
    ...(p.lenderId ? { lenderId: p.lenderId } : {}),
  };
  v.parse(UserSiteSchema, site);
  return db.transaction('rw', [db.userSites, db.lenders, db.writeKeys], async () =>
    keyedAdd(db, requestKey, 'userSites', now, async () => {
      if (site.lenderId && !(await db.lenders.get(site.lenderId))) throw invalid('lenderId', 'error.notFound', 'unknown lender');
      if (await db.userSites.where('pattern').equals(site.pattern).first()) {
        throw new AppError({
          code: 'conflict',
          field: 'url',
          messageKey: 'complaint.site.error.duplicate',
          message: 'this site is already added',
        });
      }
      await db.userSites.add(site);
      return site;
    }),
  );
}

export async function removeUserSite(db: NgDatabase, idValue: string): Promise<UserSite> {
  return db.transaction('rw', db.userSites, async () => {
    const old = await db.userSites.get(idValue);
    if (!old) throw notFound('site', idValue);
    await db.userSites.delete(idValue);
    return old;
  });
}
