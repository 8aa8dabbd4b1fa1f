import { channelById } from '@/utils/sites';
import { channelSite } from '@/utils/domain/complaints/link';
import { getLocale, t } from '@/utils/i18n/translate';

/** "准备投诉" arrives with the finding's channel: the way to its complaint site, where the panel helps fill the form. */
export function ChannelSiteLink({ channelId }: { channelId: string }) {
  const channel = channelById(channelId);
  const href = channel && channelSite(channel.detect.matches);
  if (!channel || !href) return null;
  return (
    <p data-testid="channel-site">
      <a href={href} target="_blank" rel="noopener noreferrer">
        {t('draftPanel.openSite', { channel: channel.name[getLocale()] })}
      </a>
    </p>
  );
}
