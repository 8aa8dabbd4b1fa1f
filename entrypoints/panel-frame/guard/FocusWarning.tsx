import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n/translate';

/** Shown when the page took the keyboard focus while the user typed in the panel (guard/focus-steal.ts). */
export function FocusWarning({ onResume }: { onResume: () => void }) {
  return (
    <div class="error" role="alert" data-testid="focus-stolen">
      <p>{t('hardening.focus.stolen')}</p>
      <p>{t('hardening.focus.useDashboard')}</p>
      <div class="row">
        <button
          type="button"
          data-testid="focus-dashboard"
          onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html#/settings') })}
        >
          {t('hardening.focus.openDashboard')}
        </button>
        <button type="button" class="secondary" data-testid="focus-resume" onClick={onResume}>
          {t('hardening.focus.resume')}
        </button>
      </div>
    </div>
  );
}
