import * as v from 'valibot';
import { id, longText, shortText, url } from '../../model/fields';
import type { Complaint } from '../../model/records';
import { ComplaintInputSchema } from '../../model/complaint-inputs';
import { method } from '../define';

const page = { channelId: ComplaintInputSchema.entries.channelId, url: v.pipe(url, v.regex(/^https?:\/\//)) };
const sectionKey = v.pipe(shortText, v.regex(/^[a-z][a-z0-9:-]{0,40}$/));

// The panel's draft on one complaint page: the user's edits, kept for that
// complaint, and "I submitted it". Panel (and dashboard) only; never the content script.
export const complaintDraftMethods = {
  'complaints.draftOnPage': method<Complaint | null>()(v.strictObject(page), ['panel']),
  'complaints.saveEdit': method<Complaint>()(v.strictObject({ ...page, key: sectionKey, text: longText }), ['panel']),
  'complaints.markSubmitted': method<Complaint>()(v.strictObject({ id, url: page.url, referenceNo: shortText }), ['panel', 'page']),
};
