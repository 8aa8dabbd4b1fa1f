import { render } from 'preact';
import { initPageLocale } from '@/utils/i18n/page-locale';
import { t } from '@/utils/i18n/translate';
import { DashboardApp } from './DashboardApp';

void initPageLocale().then(() => {
  document.title = t('app.name');
  render(<DashboardApp />, document.getElementById('app')!);
});
