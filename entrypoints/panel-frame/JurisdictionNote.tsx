import { t } from '@/utils/i18n/translate';
import type { Jurisdiction } from '@/utils/model/records';
import { DashboardLink } from '@/components/DashboardLink';

/**
 * On a complaint channel of another jurisdiction (a Taiwan or Hong Kong user
 * on a mainland regulator's site), says that the channel's rules, deadlines
 * and numbers are not the user's; with no jurisdiction chosen yet, says that
 * no rule is shown as the user's and where to choose. `agreement` is the
 * selected agreement's own jurisdiction (a Hong Kong resident's mainland loan).
 */
export function JurisdictionNote({
  channel,
  user,
  agreement,
}: {
  channel: Jurisdiction | undefined;
  user: Jurisdiction | undefined;
  agreement: Jurisdiction | undefined;
}) {
  const own = agreement ?? user;
  if (!own) {
    return (
      <p class="error" role="alert" data-testid="jurisdiction-ask">
        {t('jurisdictionAsk.panel')} <DashboardLink hash="#/settings">{t('jurisdictionAsk.settings')}</DashboardLink>
      </p>
    );
  }
  if (!channel || channel === own) return null;
  return (
    <p class="error" role="alert" data-testid="jurisdiction-warning" data-channel-jurisdiction={channel}>
      {t('jurisdictionAsk.otherChannel', { channelPlace: t(`jurisdiction.${channel}`), userPlace: t(`jurisdiction.${own}`) })}
    </p>
  );
}
