import * as v from 'valibot';
import { id, longText, url } from '../../model/fields';
import type { Complaint, UserSite } from '../../model/records';
import { ComplaintInputSchema, ComplaintPatchSchema, ProfileSchema, SectionsSchema } from '../../model/complaint-inputs';
import { UserSiteInputSchema } from '../../db/repos/user-sites';
import type { Profile } from '../../domain/complaints/records';
import { method } from '../define';
import { withRequestKey } from './request-key';

/** "Record this complaint" from the panel: only what the panel can know, on an http(s) page. */
export const RecordComplaintSchema = v.strictObject({
  channelId: ComplaintInputSchema.entries.channelId,
  url: v.pipe(url, v.regex(/^https?:\/\//)),
  lenderId: v.optional(id),
  agreementId: v.optional(id),
  sections: SectionsSchema,
  contactIds: v.pipe(v.array(id), v.maxLength(500)),
  notes: v.optional(longText, ''),
});

// Complaint records and user-added complaint sites. Everything that lists,
// changes or deletes is 'page' only; the panel may record and save the profile.
export const complaintMethods = {
  'complaints.add': method<Complaint>()(withRequestKey(ComplaintInputSchema), ['page']),
  'complaints.record': method<Complaint>()(withRequestKey(RecordComplaintSchema), ['panel', 'page']),
  'complaints.update': method<Complaint>()(v.strictObject({ id, patch: ComplaintPatchSchema }), ['page']),
  'complaints.delete': method<Complaint>()(v.strictObject({ id }), ['page']),
  'complaints.saveProfile': method<Profile>()(ProfileSchema, ['page', 'panel']),
  'complaints.addSite': method<UserSite>()(withRequestKey(UserSiteInputSchema), ['page']),
  'complaints.removeSite': method<UserSite>()(v.strictObject({ id }), ['page']),
};
