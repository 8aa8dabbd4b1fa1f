import { t } from '@/utils/i18n/translate';
import { toDateTimeLocal } from '@/utils/domain/datetime-local';
import type { MessageKey } from '@/utils/i18n/messages';

/** "Now", "5 min ago", "1 h ago": the time of a call that just ended, or of one the user is catching up on. */
export const NUDGES: readonly { key: MessageKey; minutes: number }[] = [
  { key: 'everyday.time.now', minutes: 0 },
  { key: 'everyday.time.5min', minutes: 5 },
  { key: 'everyday.time.1h', minutes: 60 },
];

export function TimeNudges({ onPick }: { onPick: (at: string) => void }) {
  return (
    <div class="nudges" role="group" aria-label={t('everyday.time.nudges')}>
      {NUDGES.map((n) => (
        <button
          type="button"
          class="quiet small"
          key={n.key}
          data-minutes={n.minutes}
          onClick={() => onPick(toDateTimeLocal(Date.now() - n.minutes * 60_000))}
        >
          {t(n.key)}
        </button>
      ))}
    </div>
  );
}
