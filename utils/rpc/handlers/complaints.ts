import { addComplaint, deleteComplaint, updateComplaint } from '../../db/repos/complaints';
import { saveProfile } from '../../db/repos/complaint-profile';
import { addUserSite, removeUserSite } from '../../db/repos/user-sites';
import { invalid } from '../../model/errors';
import { channelById } from '../../sites';
import { channelForUrl } from '../../sites/match';
import { USER_SITE_CHANNEL } from '../../sites/detect';
import { sitePattern } from '../../domain/complaints/site-pattern';
import type { HandlersFor } from './types';
import type { complaintMethods } from '../methods/complaints';

export const complaintHandlers: HandlersFor<typeof complaintMethods> = {
  'complaints.add': (input, ctx) => addComplaint(ctx.db, input, ctx.now()),
  'complaints.record': async (input, ctx) => {
    // The panel records what it was shown for: a registry channel on its own
    // host, or a user-added lender site.
    const channel = channelById(input.channelId);
    const site = sitePattern(input.url);
    const onHost = channel
      ? channelForUrl(input.url) === channel.id
      : input.channelId === USER_SITE_CHANNEL && site.ok && (await ctx.db.userSites.where('pattern').equals(site.pattern).count()) > 0;
    if (!onHost) throw invalid('channelId', 'error.invalidInput', 'the channel does not match the page');
    return addComplaint(ctx.db, { ...input, status: 'submitted' }, ctx.now());
  },
  'complaints.update': (input, ctx) => updateComplaint(ctx.db, input.id, input.patch, ctx.now()),
  'complaints.delete': (input, ctx) => deleteComplaint(ctx.db, input.id),
  'complaints.saveProfile': (input, ctx) => saveProfile(ctx.db, input),
  'complaints.addSite': (input, ctx) => addUserSite(ctx.db, input, ctx.now()),
  'complaints.removeSite': (input, ctx) => removeUserSite(ctx.db, input.id),
};
