import { render } from 'preact';
import { initPageLocale } from '@/utils/i18n/page-locale';
import { t } from '@/utils/i18n/translate';
import { rpc } from '@/utils/rpc/client';
import { PanelApp } from './PanelApp';
import { readParams } from './params';
// Imported for its side effect too: its message listener must exist before this frame's load event.
import './cover-state';

// The user's records are asked for at once, alongside the language, not after the first paint.
const context = rpc('panel.context', {});
context.catch(() => {}); // PanelApp shows the error; this only avoids an unhandled rejection before it subscribes

void initPageLocale().then(() => {
  document.title = t('panel.frameTitle');
  render(<PanelApp params={readParams(location.search)} context={context} />, document.getElementById('app')!);
});
