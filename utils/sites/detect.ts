import { nfraDetect } from './channels/nfra';
import { pbocDetect } from './channels/pboc';
import { samr12315Detect } from './channels/samr12315';
import { report12321Detect } from './channels/report12321';
import { nifaDetect } from './channels/nifa';
import { heimaoDetect } from './channels/heimao';
import { ccaDetect } from './channels/cca';
import { twfoiDetect } from './channels/twfoi';
import { hkmaDetect } from './channels/hkma';
import { SIMPLIFIED_HINTS, TRADITIONAL_HINTS, ENGLISH_HINTS } from './hints';
import type { ChannelDetect } from './types';
import { USER_SITE_CHANNEL } from './detect-ids';

/**
 * The detection half of every channel: hosts and recognition words only. The
 * content script imports this list, never ./index, so names, deadlines and
 * prerequisites stay out of the web page's bundle.
 */
export const channelDetects: readonly ChannelDetect[] = [
  nfraDetect,
  pbocDetect,
  samr12315Detect,
  report12321Detect,
  nifaDetect,
  heimaoDetect,
  ccaDetect,
  twfoiDetect,
  hkmaDetect,
];

/** A lender's own complaint page that the user added: recognised with the words of all three languages. */
export const userSiteDetect: ChannelDetect = {
  id: USER_SITE_CHANNEL,
  matches: [],
  formKeywords: ['投诉', '投訴', '申诉', '申訴', 'complaint'],
  fields: [...SIMPLIFIED_HINTS, ...TRADITIONAL_HINTS, ...ENGLISH_HINTS],
};
