import type { Locale } from '../../../i18n/locales';
import type { Jurisdiction } from '../../../model/records';
import type { Currency } from '../../../i18n/format';
import { localLenderName } from '../../../i18n/lender-name';
import type { DraftSection } from '../../../sites/types';
import type { ComplaintRecords } from '../records';
import { wallDate } from '../../time/wall-clock';
import { phrase } from './text';

/** Mainland China, Taiwan, Hong Kong: which rules a draft may cite. */
export type DraftJurisdiction = Jurisdiction;

/** What a draft is written for: the page's language, the user's jurisdiction, the channel and the other fields of its form. */
export interface DraftOptions {
  locale: Locale;
  tzOffsetMin: number;
  currency?: Currency;
  /** Whose rules may be cited; absent: any the findings carry (they follow the user's rulebook). */
  jurisdiction?: DraftJurisdiction;
  /** Registry channel id, 'lender' or the user-site channel; decides the reader and the structure. */
  channelId?: string;
  /** Who reads it: the lender on its own page, or a regulator or platform (the default). */
  reader?: 'lender' | 'third-party';
  /** Sections the form has fields for: facts then leaves out what has a field of its own (12315's demand field). */
  formSections?: readonly DraftSection[];
}

/** Everything the section builders share, computed once per draft. */
export interface Ctx {
  locale: Locale;
  tz: number;
  currency: Currency;
  jurisdiction: DraftJurisdiction | undefined;
  channelId: string;
  toLender: boolean;
  /** The lender as the reader knows it after the first mention: 该公司 / 贵公司 / the lender / you. */
  the: string;
  /** The same at the start of a sentence (English capitalises it). */
  The: string;
  /** The first mention, with the name: 示例消费金融（以下简称“该公司”）. */
  named: string;
  /** Contacts and dates in this year are written without it. */
  year: string;
  /** Whether the form has its own field for this section. */
  hasField: (s: DraftSection) => boolean;
}

export function makeCtx(r: ComplaintRecords, o: DraftOptions): Ctx {
  const { locale } = o;
  const toLender = o.reader === 'lender';
  const name = localLenderName(r.lender, locale);
  const the = phrase(locale, toLender ? 'draft.reader.you' : 'draft.reader.lender');
  const named = toLender || !name ? the : phrase(locale, 'draft.reader.named', { name, the });
  const firstDay = r.agreement?.negotiatedOn ?? (r.contacts[0] ? wallDate(r.contacts[0]) : '');
  const sections = new Set(o.formSections ?? []);
  return {
    locale,
    tz: o.tzOffsetMin,
    currency: o.currency ?? 'CNY',
    jurisdiction: o.jurisdiction,
    channelId: o.channelId ?? '',
    toLender,
    the,
    The: the.charAt(0).toUpperCase() + the.slice(1),
    named,
    year: firstDay.slice(0, 4),
    hasField: (s) => sections.has(s),
  };
}
