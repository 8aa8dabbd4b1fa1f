import { useEffect, useState } from 'preact/hooks';
import { rpc } from '@/utils/rpc/client';
import { t } from '@/utils/i18n/translate';
import { JURISDICTIONS, type Jurisdiction } from '@/utils/model/records';
import { readJurisdiction } from '@/utils/db/queries/jurisdiction';
import { jurisdictionFromLocale } from '@/utils/domain/jurisdiction/from-locale';
import { useLive } from './useLive';
import { ErrorMessage } from './ErrorMessage';

/**
 * The user's jurisdiction (onboarding and Settings). Until one is saved, the
 * browser's region preselects it (never the script) and it is saved at once,
 * so the findings use the right rulebook from the first run; the user can
 * change it here at any time.
 */
export function JurisdictionPicker() {
  const stored = useLive(() => readJurisdiction().then((j) => j ?? null), []);
  const [error, setError] = useState<unknown>(null);
  const save = (j: Jurisdiction) => rpc('jurisdiction.set', { jurisdiction: j }).catch(setError);
  const guess = jurisdictionFromLocale(navigator.languages ?? [navigator.language]);
  useEffect(() => {
    if (stored === null && guess) void save(guess);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- deliberate: once, when no jurisdiction is stored yet; the guess is fixed for the page
  }, [stored === null]);
  if (stored === undefined) return null;
  return (
    <div class="jurisdiction-picker">
      <ErrorMessage error={error} />
      <label>
        {t('jurisdiction.label')}
        <select
          name="jurisdiction"
          value={stored ?? guess ?? ''}
          aria-describedby="jurisdiction-hint"
          onChange={(e) => void save(e.currentTarget.value as Jurisdiction)}
        >
          {!stored && !guess && (
            <option value="" disabled>
              —
            </option>
          )}
          {JURISDICTIONS.map((j) => (
            <option key={j} value={j}>
              {t(`jurisdiction.${j}`)}
            </option>
          ))}
        </select>
      </label>
      <p id="jurisdiction-hint" class="muted">
        {t('jurisdiction.hint')}
      </p>
    </div>
  );
}
