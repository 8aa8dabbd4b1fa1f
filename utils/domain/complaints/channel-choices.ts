import { JURISDICTIONS, type Jurisdiction } from '../../model/records';

export interface ChannelChoiceGroup {
  jurisdiction: Jurisdiction;
  /** Whether the group is the user's own rulebook (or the chosen agreement's): else it is shown labelled, as another place's. */
  own: boolean;
  channelIds: string[];
}

/**
 * Which complaint channels the New Complaint form offers, grouped by
 * jurisdiction (jurisdictions.md: show each channel only to users of its
 * jurisdiction). The user's own jurisdiction's channels, plus those of the
 * chosen agreement's jurisdiction where it differs (a Hong Kong resident with
 * a mainland loan). With no jurisdiction chosen nothing is assumed: every
 * group is offered, each labelled with its place, none as the user's.
 */
export function channelChoices(
  all: readonly { id: string; jurisdiction: Jurisdiction }[],
  user: Jurisdiction | null | undefined,
  agreementJurisdiction?: Jurisdiction,
): ChannelChoiceGroup[] {
  const own = new Set<Jurisdiction>();
  if (user) own.add(user);
  if (agreementJurisdiction) own.add(agreementJurisdiction);
  const shown = own.size ? JURISDICTIONS.filter((j) => own.has(j)) : JURISDICTIONS;
  return shown
    .map((j) => ({ jurisdiction: j, own: own.has(j), channelIds: all.filter((c) => c.jurisdiction === j).map((c) => c.id) }))
    .filter((g) => g.channelIds.length > 0);
}
