import type { Contact } from '@/utils/model/records';
import { getLocale, t } from '@/utils/i18n/translate';
import { formatDateTime } from '@/utils/i18n/format';

/** The last few contacts, read with the quick log's lenders in one indexed query (see popupRecent). */
export function RecentContacts({ items }: { items: readonly Contact[] | undefined }) {
  return (
    <section class="recent" aria-labelledby="recent-title">
      <h2 id="recent-title">{t('contact.recent')}</h2>
      {items && items.length === 0 && <p class="muted">{t('contact.none')}</p>}
      <ul class="recent-list">
        {items?.map((c) => (
          <li key={c.id} class="recent-item">
            <time dateTime={new Date(c.at).toISOString()}>{formatDateTime(c.at, getLocale())}</time>
            {c.person.name && <strong> {c.person.name}</strong>}
            <p>{c.summary}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
