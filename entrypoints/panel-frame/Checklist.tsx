import type { ChecklistItem } from '@/utils/domain/complaints/checklist';
import { t } from '@/utils/i18n/translate';

/** ✓ with what is there, ✗ with what to do. */
export function Checklist({ items }: { items: ChecklistItem[] }) {
  return (
    <section aria-labelledby="ck-title">
      <h2 id="ck-title">{t('panel.checklist')}</h2>
      <ul class="checklist" data-testid="checklist">
        {items.map((i) => (
          <li key={i.id} data-item={i.id} data-ok={String(i.ok)} class={i.ok ? 'ok' : 'todo'}>
            <span aria-hidden="true">{i.ok ? '✓' : '✗'}</span> {t(i.messageKey, i.params)}
          </li>
        ))}
      </ul>
    </section>
  );
}
