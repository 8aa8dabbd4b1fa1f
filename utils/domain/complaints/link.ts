// The link from a finding to a new complaint with its contacts preselected
// (#/complaints?contacts=a,b&rules=r1), built by the findings view and read by
// the complaints section. A long log can put thousands of contacts behind one
// rule; the link carries at most MAX_PRESELECTED_CONTACTS of them (the first
// in time), and the complaint form says how many it got.

export const MAX_PRESELECTED_CONTACTS = 500;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The link; `channelId` (the finding's first channel) preselects the channel and offers its complaint site. */
export function complaintLink(contactIds: readonly string[], ruleIds: readonly string[], channelId?: string): string {
  const contacts = contactIds.slice(0, MAX_PRESELECTED_CONTACTS).join(',');
  const channel = channelId && ID.test(channelId) ? `channel=${encodeURIComponent(channelId)}&` : '';
  return `#/complaints?${channel}contacts=${encodeURIComponent(contacts)}&rules=${encodeURIComponent(ruleIds.join(','))}`;
}

/**
 * The channel's complaint site, from its registered host pattern (the hosts are
 * confirmed; deeper complaint URLs often are not, e.g. NFRA's): where the panel
 * then guides the user through the form.
 */
export function channelSite(matches: readonly string[]): string | undefined {
  const m = /^https:\/\/(\*\.)?([a-z0-9.-]+)\/\*$/.exec(matches[0] ?? '');
  return m ? `https://${m[1] ? 'www.' : ''}${m[2]}/` : undefined;
}

/** Ids from one query parameter: anything that is not an id is dropped, and the list is capped. */
export function idsFromLink(value: string | null, max = MAX_PRESELECTED_CONTACTS): string[] {
  return (value ?? '')
    .split(',')
    .filter((x) => ID.test(x))
    .slice(0, max);
}
