import { useState } from 'preact/hooks';
import { formatDate, formatMoney, getCurrency, type Currency } from '@/utils/i18n/format';
import { savePreference } from '@/utils/i18n/page-locale';
import { CURRENCIES, CURRENCY_KEY, LANGUAGE_ENDONYMS, LOCALE_KEY } from '@/utils/i18n/preferences';
import { LOCALES, type Locale } from '@/utils/i18n/locales';
import { getLocale, t } from '@/utils/i18n/translate';
import { SampleDataControls } from '@/components/SampleDataControls';
import { JurisdictionPicker } from '@/components/JurisdictionPicker';
import { ErrorMessage } from '@/components/ErrorMessage';
import { useStoredLocale } from './settings/useStoredLocale';
import { ProfileSettings } from './settings/ProfileSettings';
import { DeleteAllData } from './settings/DeleteAllData';
import type { SectionProps } from '../sections';

const AUTO = 'auto';

/**
 * Language and display currency. Saving writes storage.local; every open page
 * (this one included) reloads itself from page-locale.ts's change listener.
 */
export function Settings(_props: SectionProps) {
  const stored = useStoredLocale();
  const [error, setError] = useState<unknown>(null);
  const save = (key: typeof LOCALE_KEY | typeof CURRENCY_KEY, value: string | null) => savePreference(key, value).catch(setError);

  return (
    <section aria-labelledby="settings-title" class="settings">
      <h2 id="settings-title">{t('settings.title')}</h2>
      <ErrorMessage error={error} />
      <JurisdictionPicker />
      {stored !== undefined && (
        <label>
          {t('settings.language')}
          <select
            name="locale"
            value={stored ?? AUTO}
            aria-describedby="settings-language-hint"
            onChange={(e) => void save(LOCALE_KEY, e.currentTarget.value === AUTO ? null : e.currentTarget.value)}
          >
            <option value={AUTO}>{t('settings.language.auto')}</option>
            {LOCALES.map((l: Locale) => (
              <option key={l} value={l} lang={l}>
                {LANGUAGE_ENDONYMS[l]}
              </option>
            ))}
          </select>
        </label>
      )}
      <p id="settings-language-hint" class="muted">
        {t('settings.language.hint')}
      </p>
      <label>
        {t('settings.currency')}
        <select
          name="currency"
          value={getCurrency()}
          aria-describedby="settings-currency-hint"
          onChange={(e) => void save(CURRENCY_KEY, e.currentTarget.value)}
        >
          {CURRENCIES.map((c: Currency) => (
            <option key={c} value={c}>
              {t(`settings.currency.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <p id="settings-currency-hint" class="muted">
        {t('settings.currency.hint')}
      </p>
      <p data-testid="settings-example">
        {t('settings.example', { money: formatMoney(123456, getLocale()), date: formatDate(Date.now(), getLocale()) })}
      </p>
      <ProfileSettings />
      <h3>{t('settings.sample.title')}</h3>
      <p class="muted">{t('onboarding.sample.body')}</p>
      <SampleDataControls />
      <DeleteAllData />
    </section>
  );
}
