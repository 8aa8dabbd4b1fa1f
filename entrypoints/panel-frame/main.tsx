import { render } from 'preact';
import { initPageLocale } from '@/utils/i18n/page-locale';
import { t } from '@/utils/i18n/translate';
import { PanelApp } from './PanelApp';
import { readParams } from './params';

void initPageLocale().then(() => {
  document.title = t('panel.frameTitle');
  render(<PanelApp params={readParams(location.search)} />, document.getElementById('app')!);
});
