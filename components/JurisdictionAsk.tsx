import { t } from '@/utils/i18n/translate';
import type { Jurisdiction } from '@/utils/model/records';
import { readJurisdiction } from '@/utils/db/queries/jurisdiction';
import { useLive } from './useLive';
import { JurisdictionPicker } from './JurisdictionPicker';

/** The user's jurisdiction, kept live: undefined while loading, null while the user has not chosen one. */
export function useUserJurisdiction(): Jurisdiction | null | undefined {
  return useLive(() => readJurisdiction().then((j) => j ?? null), []);
}

/**
 * Asks where the user is, wherever a rule or a rate line would be shown and
 * none is chosen yet (jurisdictions.md: "if unknown, ask before showing any
 * law-based finding"). Nothing is assumed meanwhile: the findings check no
 * rulebook and the calculator shows no line.
 */
export function JurisdictionAsk({ user }: { user: Jurisdiction | null | undefined }) {
  if (user !== null) return null;
  return (
    <div class="jurisdiction-ask" role="alert" data-testid="jurisdiction-ask">
      <h3>{t('jurisdictionAsk.title')}</h3>
      <p>{t('jurisdictionAsk.body')}</p>
      <JurisdictionPicker />
    </div>
  );
}
