import type { Locale } from '../../../i18n/locales';
import type { Currency } from '../../../i18n/format';
import { channelById } from '../../../sites';
import type { RecognisedField } from '../form';
import type { DraftJurisdiction, DraftOptions } from './context';

/**
 * Which jurisdiction's rules a draft for this channel cites: a registry
 * channel's own (NFRA: mainland, HKMA: Hong Kong, FOI: Taiwan). On a lender's
 * own site there is none: the findings already follow the user's rulebook.
 */
export function channelJurisdiction(channelId: string): DraftJurisdiction | undefined {
  return channelById(channelId)?.jurisdiction;
}

/**
 * The draft options for a page: the reader (the lender on its own site, else a
 * regulator or platform), whose rules (the channel's, else the user's setting
 * from the panel context, else whatever the findings carry) and the form's other fields.
 */
export function draftOptions(
  page: { channelId: string; fields: Pick<RecognisedField, 'section'>[] },
  locale: Locale,
  tzOffsetMin: number,
  currency: Currency,
  // Required, though it may be undefined (no setting yet): a caller that forgets the user's setting
  // (the panel once did) would cite another jurisdiction's rules on a lender's own page.
  userJurisdiction: DraftJurisdiction | undefined,
): DraftOptions {
  const channel = channelById(page.channelId);
  const toLender = channel ? channel.kind === 'lender' : page.channelId === 'user-site' || page.channelId === 'lender';
  const jurisdiction = channelJurisdiction(page.channelId) ?? userJurisdiction;
  return {
    locale,
    tzOffsetMin,
    currency,
    channelId: page.channelId,
    reader: toLender ? 'lender' : 'third-party',
    ...(jurisdiction ? { jurisdiction } : {}),
    formSections: page.fields.map((f) => f.section),
  };
}
