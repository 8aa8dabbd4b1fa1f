import { channelById } from '@/utils/sites';
import { getLocale, t } from '@/utils/i18n/translate';
import type { Complaint } from '@/utils/model/records';
import { DRAFT_SECTIONS, type DraftSection } from '@/utils/sites/types';

/** A complaint channel's name in the UI language: registry channels, the lender itself, or a lender site. */
export function channelName(channelId: string): string {
  const c = channelById(channelId);
  if (c) return c.name[getLocale()];
  return t(channelId.startsWith('user-site') ? 'complaint.channel.user-site' : 'complaint.channel.lender');
}

export const statusLabel = (s: Complaint['status']) => t(`complaint.status.${s}`);

const isSection = (s: string): s is DraftSection => (DRAFT_SECTIONS as readonly string[]).includes(s);
/** The heading of a sent text, keyed `<section>` or `<section>:<field>`. */
export const sectionLabel = (key: string) => {
  const s = key.split(':')[0] ?? '';
  return isSection(s) ? t(`panel.section.${s}`) : `panel.section.${s}`;
};
