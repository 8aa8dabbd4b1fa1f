import { render } from 'preact';
import { initPageLocale } from '@/utils/i18n/page-locale';
import { t } from '@/utils/i18n/translate';
import { rpc } from '@/utils/rpc/client';
import { PanelApp } from './PanelApp';
import { readParams } from './params';
import { opensDraftsAtOnce, type Preloaded } from './usePanelData';
// Imported for its side effect too: its message listener must exist before this frame's load event.
import './cover-state';

// Asked for at once, alongside the language, not after the first paint: the docked panel's summary,
// or (the inline menu, the panel's window: the user opened a draft) the drafts' records.
const params = readParams(location.search);
const preloaded: Preloaded = opensDraftsAtOnce(params) ? { context: rpc('panel.context', {}) } : { overview: rpc('panel.overview', {}) };
// PanelApp shows the error; this only avoids an unhandled rejection before it subscribes.
void (preloaded.context ?? preloaded.overview)?.catch(() => {});

void initPageLocale().then(() => {
  document.title = t('panel.frameTitle');
  render(<PanelApp params={params} preloaded={preloaded} />, document.getElementById('app')!);
});
