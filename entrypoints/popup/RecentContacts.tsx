import { useEffect, useState } from 'preact/hooks';
import type { Contact } from '@/utils/db/records';
import { rpc } from '@/utils/rpc/client';
import { getLocale, t } from '@/utils/i18n/translate';
import { formatDateTime } from '@/utils/i18n/format';
import { ErrorMessage } from '@/components/ErrorMessage';

export function RecentContacts({ version }: { version: number }) {
  const [items, setItems] = useState<Contact[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    rpc('contacts.recent', { limit: 5 }).then(setItems, setError);
  }, [version]);

  return (
    <section class="recent" aria-labelledby="recent-title">
      <h2 id="recent-title">{t('contact.recent')}</h2>
      <ErrorMessage error={error} />
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
