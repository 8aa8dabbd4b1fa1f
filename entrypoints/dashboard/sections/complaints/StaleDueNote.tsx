import type { Complaint } from '@/utils/model/records';
import { channelById } from '@/utils/sites';
import { staleDue } from '@/utils/domain/complaints/stale-due';
import { t } from '@/utils/i18n/translate';
import { channelName } from './names';

/** Says what changed when a complaint's due date no longer follows from its channel's current deadline data. */
export function StaleDueNote({ complaint }: { complaint: Complaint }) {
  const s = staleDue(complaint, channelById(complaint.channelId));
  if (!s) return null;
  return (
    <span class="muted" data-testid="stale-due">
      {s.current
        ? t('staleDue.changed', { stored: s.stored, current: s.current })
        : t('staleDue.none', { stored: s.stored, channel: channelName(complaint.channelId) })}
    </span>
  );
}
