import { addComplaint, deleteComplaint, updateComplaint } from '../../db/repos/complaints';
import { saveProfile } from '../../db/repos/complaint-profile';
import { addUserSite, removeUserSite } from '../../db/repos/user-sites';
import { invalid } from '../../model/errors';
import { channelById } from '../../sites';
import { channelForUrl } from '../../sites/match';
import { USER_SITE_CHANNEL } from '../../sites/detect-ids';
import { sitePattern } from '../../domain/complaints/site-pattern';
import type { HandlersFor } from './types';
import type { RpcContext } from '../context';
import { recordFromPage } from '../../db/repos/complaint-drafts';
import { splitKey } from '../methods/request-key';
import type { complaintMethods } from '../methods/complaints';

/** The panel records what it was shown for: a registry channel on its own host, or a user-added lender site. */
export async function assertOnHost(ctx: RpcContext, channelId: string, url: string): Promise<void> {
  const channel = channelById(channelId);
  const site = sitePattern(url);
  const onHost = channel
    ? channelForUrl(url) === channel.id
    : channelId === USER_SITE_CHANNEL && site.ok && (await ctx.db.userSites.where('pattern').equals(site.pattern).count()) > 0;
  if (!onHost) throw invalid('channelId', 'error.invalidInput', 'the channel does not match the page');
}

export const complaintHandlers: HandlersFor<typeof complaintMethods> = {
  'complaints.add': (input, ctx) => {
    const [complaint, key] = splitKey(input);
    return addComplaint(ctx.db, complaint, ctx.now(), key);
  },
  'complaints.record': async (input, ctx) => {
    await assertOnHost(ctx, input.channelId, input.url);
    // A draft until the user says it was submitted; recording again from the same page updates it.
    // The request key is not needed here: one page has one record, so a retry updates it.
    const [record] = splitKey(input);
    return recordFromPage(ctx.db, record, ctx.now());
  },
  'complaints.update': (input, ctx) => updateComplaint(ctx.db, input.id, input.patch, ctx.now()),
  'complaints.delete': (input, ctx) => deleteComplaint(ctx.db, input.id),
  'complaints.saveProfile': (input, ctx) => saveProfile(ctx.db, input),
  'complaints.addSite': (input, ctx) => {
    const [site, key] = splitKey(input);
    return addUserSite(ctx.db, site, ctx.now(), key);
  },
  'complaints.removeSite': (input, ctx) => removeUserSite(ctx.db, input.id),
};
