import { useState } from 'preact/hooks';
import { rpc } from '@/utils/rpc/client';
import { getDb } from '@/utils/db/connection';
import { countSampleRecords } from '@/utils/db/queries/sample-count';
import { t } from '@/utils/i18n/translate';
import { ErrorMessage } from './ErrorMessage';
import { useLive } from './useLive';

/**
 * While sample data is loaded, every page says so, at the top, with the way
 * out. Removing the samples never changes the user's own records: real
 * records cannot point at sample ones (utils/domain/sample/separate.ts).
 */
export function SampleBanner({ compact = false }: { compact?: boolean }) {
  const count = useLive(() => countSampleRecords(getDb()), []);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (!count) return null;
  return (
    <div class="banner warn sample-banner" role="status" data-testid="sample-banner">
      <strong>{t('everyday.sample.banner')}</strong> {!compact && <span>{t('everyday.sample.bannerDetail', { count })}</span>}{' '}
      <button
        type="button"
        class="secondary small"
        disabled={busy}
        data-testid="sample-banner-remove"
        onClick={() => {
          setBusy(true);
          rpc('sample.remove', {}).then(
            () => setBusy(false),
            (e: unknown) => {
              setError(e);
              setBusy(false);
            },
          );
        }}
      >
        {t('onboarding.sample.remove')}
      </button>
      <ErrorMessage error={error} />
    </div>
  );
}
