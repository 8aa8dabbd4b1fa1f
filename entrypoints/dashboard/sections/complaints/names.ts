import { channelById } from '@/utils/sites';
import { getLocale, t } from '@/utils/i18n/translate';
import type { MessageKey } from '@/utils/i18n/messages';

/** A complaint channel's name in the UI language: registry channels, the lender itself, or a lender site. */
export function channelName(channelId: string): string {
  const c = channelById(channelId);
  if (c) return c.name[getLocale()];
  return t(channelId.startsWith('user-site') ? 'complaint.channel.user-site' : 'complaint.channel.lender');
}

export const statusLabel = (s: string) => t(`complaint.status.${s}` as MessageKey);

export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
