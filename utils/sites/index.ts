import { nfra } from './channels/nfra';
import { pboc } from './channels/pboc';
import { samr12315 } from './channels/samr12315';
import { report12321 } from './channels/report12321';
import { nifa } from './channels/nifa';
import { heimao } from './channels/heimao';
import { cca } from './channels/cca';
import { twfoi } from './channels/twfoi';
import { hkma } from './channels/hkma';
import type { Channel } from './types';

/** Every complaint channel the panel knows. Pages on other hosts get nothing. */
export const channels: readonly Channel[] = [nfra, pboc, samr12315, report12321, nifa, heimao, cca, twfoi, hkma];

export function channelById(id: string): Channel | undefined {
  return channels.find((c) => c.id === id);
}
