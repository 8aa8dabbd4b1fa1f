import { render } from 'preact';
import { initPageLocale } from '@/utils/i18n/page-locale';
import { t } from '@/utils/i18n/translate';
import { PanelApp } from './PanelApp';

void initPageLocale().then(() => {
  document.title = t('panel.frameTitle');
  const channelId = new URLSearchParams(location.search).get('channel') ?? '';
  render(<PanelApp channelId={channelId} />, document.getElementById('app')!);
});
