import { channelById } from '../../sites';
import { offlineChannelById } from '../../sites/offline';

/**
 * The channel "准备投诉" prepares a complaint for: the finding's first channel
 * with a complaint site, else its first office or mediation. The police come
 * first in some rules' lists (110 for impersonation and threats, "reported" in
 * complaint-channels.md) but one reports to the police, one does not file a
 * complaint form with them: the findings view names them beside the link.
 */
export function complaintChannelOf(channelIds: readonly string[]): string | undefined {
  return (
    channelIds.find((id) => channelById(id)) ?? channelIds.find((id) => offlineChannelById(id)?.kind !== 'police' && offlineChannelById(id))
  );
}
