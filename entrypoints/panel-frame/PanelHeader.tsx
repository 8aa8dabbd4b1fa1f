import { useState } from 'preact/hooks';
import { rpc } from '@/utils/rpc/client';
import { t } from '@/utils/i18n/translate';

/** Title, channel, and the panel's own controls: collapse, close for this page, never on this site. */
export function PanelHeader(props: { channelName: string; inWindow: boolean; startCollapsed?: boolean; onHideSite: () => Promise<void> }) {
  const [collapsed, setCollapsed] = useState(props.startCollapsed === true);
  const frame = (action: 'collapse' | 'expand' | 'dismiss') => void rpc('panel.frame', { action }).catch(() => {});
  return (
    <header class="panel-header">
      <div>
        <h1>{t('panel.title')}</h1>
        <p class="muted small">{props.channelName}</p>
      </div>
      {!props.inWindow && (
        <div class="row">
          <button
            type="button"
            class="secondary"
            data-action="collapse"
            aria-expanded={!collapsed}
            onClick={() => {
              frame(collapsed ? 'expand' : 'collapse');
              setCollapsed(!collapsed);
            }}
          >
            {t(collapsed ? 'panel.expand' : 'panel.collapse')}
          </button>
          <button type="button" class="secondary" data-action="dismiss" onClick={() => frame('dismiss')}>{t('panel.dismiss')}</button>
          <button type="button" class="secondary" data-action="hide-site" onClick={() => void props.onHideSite()}>{t('panel.hideSite')}</button>
        </div>
      )}
    </header>
  );
}
