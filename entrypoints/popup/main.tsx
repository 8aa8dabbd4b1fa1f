import { render } from 'preact';
import { initPageLocale } from '@/utils/i18n/page-locale';
import { t } from '@/utils/i18n/translate';
import { App } from './App';

void initPageLocale().then(() => {
  document.title = t('app.name');
  render(<App />, document.getElementById('app')!);
});
