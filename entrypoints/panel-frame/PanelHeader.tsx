import { useState } from 'preact/hooks';
import { rpc } from '@/utils/rpc/client';
import { t } from '@/utils/i18n/translate';
import { pointOf } from './guard/may-act';
import { noteOutcome } from './useStatus';

const WINDOW_REFUSAL = {
  covered: 'hardening.window.gesture',
  'too-soon': 'hardening.window.tooOften',
  'no-page': 'hardening.window.failed',
} as const;

/** Title, channel, and the panel's own controls: collapse, close for this page, never on this site. */
export function PanelHeader(props: { channelName: string; inWindow: boolean; startCollapsed?: boolean; onHideSite: () => Promise<void> }) {
  const [collapsed, setCollapsed] = useState(props.startCollapsed === true);
  const [windowError, setWindowError] = useState('');
  const frame = (action: 'collapse' | 'expand' | 'dismiss') => void rpc('panel.frame', { action }).catch(() => {});
  // The page's guard checks this click's point in the background before a window opens.
  const openWindow = async (e: MouseEvent) => {
    const r = await rpc('panel.openWindow', { point: pointOf(e) }).catch(() => ({ opened: false as const, reason: 'no-page' as const }));
    setWindowError(r.opened ? '' : t(WINDOW_REFUSAL[r.reason ?? 'no-page']));
    noteOutcome();
  };
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
          <button type="button" class="secondary" data-action="dismiss" onClick={() => frame('dismiss')}>
            {t('panel.dismiss')}
          </button>
          <button type="button" class="secondary" data-action="hide-site" onClick={() => void props.onHideSite()}>
            {t('panel.hideSite')}
          </button>
          <button type="button" class="secondary" data-action="open-window" onClick={(e) => void openWindow(e)}>
            {t('hardening.window.open')}
          </button>
        </div>
      )}
      {windowError && (
        <p class="error small" role="alert">
          {windowError}
        </p>
      )}
    </header>
  );
}
