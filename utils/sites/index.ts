import { nfra } from './channels/nfra';
import { pboc } from './channels/pboc';
import { samr12315 } from './channels/samr12315';
import { report12321 } from './channels/report12321';
import { nifa } from './channels/nifa';
import { heimao } from './channels/heimao';
import { cca } from './channels/cca';
import { twfoi } from './channels/twfoi';
import { hkma } from './channels/hkma';
import type { Jurisdiction } from '../model/records';
import { offlineChannelById } from './offline';
import type { Channel, Localized } from './types';

/** Every complaint channel the panel knows. Pages on other hosts get nothing. */
export const channels: readonly Channel[] = [nfra, pboc, samr12315, report12321, nifa, heimao, cca, twfoi, hkma];

export function channelById(id: string): Channel | undefined {
  return channels.find((c) => c.id === id);
}

/** The jurisdiction of a site or offline channel id (undefined for the lender's own and user sites). */
export function channelJurisdiction(id: string): Jurisdiction | undefined {
  return channelById(id)?.jurisdiction ?? offlineChannelById(id)?.jurisdiction;
}

/** A channel's display name, site or offline. */
export function channelName(id: string): Localized | undefined {
  return channelById(id)?.name ?? offlineChannelById(id)?.name;
}
