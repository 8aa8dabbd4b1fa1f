import { DashboardLink } from '@/components/DashboardLink';
import { t } from '@/utils/i18n/translate';
import { SampleDataControls } from '@/components/SampleDataControls';
import { Shortcut } from './Shortcut';
import { JurisdictionPicker } from '@/components/JurisdictionPicker';

/** First run: what it does, where the data lives, backups, the shortcut, and optional sample data. */
export function OnboardingApp() {
  return (
    <main class="onboarding-main">
      <h1>{t('onboarding.title')}</h1>
      <p class="lead">{t('app.tagline')}</p>

      <section aria-labelledby="ob-what">
        <h2 id="ob-what">{t('onboarding.what.title')}</h2>
        <ul>
          <li>{t('onboarding.what.agreements')}</li>
          <li>{t('onboarding.what.contacts')}</li>
          <li>{t('onboarding.what.findings')}</li>
          <li>{t('onboarding.what.complaints')}</li>
        </ul>
      </section>

      <JurisdictionPicker />

      <section aria-labelledby="ob-privacy">
        <h2 id="ob-privacy">{t('onboarding.privacy.title')}</h2>
        <p>{t('onboarding.privacy.body')}</p>
      </section>

      <section aria-labelledby="ob-backup">
        <h2 id="ob-backup">{t('onboarding.backup.title')}</h2>
        <p>{t('onboarding.backup.body')}</p>
      </section>

      <section aria-labelledby="ob-shortcut">
        <h2 id="ob-shortcut">{t('onboarding.shortcut.title')}</h2>
        <Shortcut />
      </section>

      <section aria-labelledby="ob-sample" class="sample-box">
        <h2 id="ob-sample">{t('onboarding.sample.title')}</h2>
        <p>{t('onboarding.sample.body')}</p>
        <SampleDataControls />
      </section>

      <p>
        <DashboardLink class="start">{t('onboarding.start')}</DashboardLink>
      </p>
    </main>
  );
}
