import { useState } from 'preact/hooks';
import { rpc } from '@/utils/rpc/client';
import { sampleCount } from '@/utils/db/queries/dashboard';
import { getLocale, t } from '@/utils/i18n/translate';
import { ErrorMessage } from './ErrorMessage';
import { useLive } from './useLive';

/**
 * Load or remove the made-up sample dataset (onboarding page and Settings).
 * The count is read live, so every open page agrees on whether it is loaded.
 */
export function SampleDataControls() {
  const count = useLive(() => sampleCount(), []);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [removed, setRemoved] = useState(false);

  async function run(action: () => Promise<unknown>, afterRemove: boolean) {
    setBusy(true);
    setError(null);
    try {
      await action();
      setRemoved(afterRemove);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const load = () => rpc('sample.load', { locale: getLocale(), tzOffsetMin: -new Date().getTimezoneOffset() });
  const remove = () => rpc('sample.remove', {});
  const loaded = (count ?? 0) > 0;

  return (
    <div class="sample-controls" data-testid="sample-controls">
      <p role="status" data-testid="sample-status">
        {count === undefined
          ? ''
          : loaded
            ? t('onboarding.sample.loaded', { count: count })
            : removed
              ? t('onboarding.sample.removed')
              : t('onboarding.sample.none')}
      </p>
      <ErrorMessage error={error} />
      <div class="button-row">
        {!loaded && (
          <button type="button" disabled={busy || count === undefined} onClick={() => void run(load, false)}>
            {t('onboarding.sample.load')}
          </button>
        )}
        {loaded && (
          <button type="button" class="secondary" disabled={busy} onClick={() => void run(remove, true)}>
            {t('onboarding.sample.remove')}
          </button>
        )}
      </div>
    </div>
  );
}
