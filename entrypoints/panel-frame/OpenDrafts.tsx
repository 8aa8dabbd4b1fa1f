import { t } from '@/utils/i18n/translate';

/**
 * Until the user asks for them, the docked panel holds no contact, complaint
 * or profile text (staged loading): this button loads the drafts' records.
 */
export function OpenDrafts({ opening, onOpen }: { opening: boolean; onOpen: () => void }) {
  return (
    <section aria-labelledby="od-title">
      <h2 id="od-title">{t('panel.drafts')}</h2>
      <p class="muted small">{t('panelStage.note')}</p>
      <p class="row">
        <button type="button" data-action="open-drafts" aria-busy={opening} disabled={opening} onClick={onOpen}>
          {t('panelStage.open')}
        </button>
      </p>
    </section>
  );
}
