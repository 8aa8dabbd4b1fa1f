import { render } from 'preact';
import { initPageLocale } from '@/utils/i18n/page-locale';
import { t } from '@/utils/i18n/translate';
import { OnboardingApp } from './OnboardingApp';

void initPageLocale().then(() => {
  document.title = t('onboarding.title');
  render(<OnboardingApp />, document.getElementById('app')!);
});
