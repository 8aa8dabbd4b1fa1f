import './contacts/contacts.css';
import { useMemo, useState } from 'preact/hooks';
import { getDb } from '@/utils/db/connection';
import type { DeletedContact } from '@/utils/db/repos/contacts';
import { useLive } from '@/components/useLive';
import { ErrorMessage } from '@/components/ErrorMessage';
import { rpc } from '@/utils/rpc/client';
import { t } from '@/utils/i18n/translate';
import { filterContacts, groupByDay, type ContactFilter } from '@/utils/domain/search/filter-contacts';
import type { SectionProps } from '../sections';
import { ContactFiltersBar } from './contacts/ContactFiltersBar';
import { ContactItem } from './contacts/ContactItem';
import { ContactEditor } from './contacts/ContactEditor';

async function load() {
  const db = getDb();
  const [contacts, lenders, agreements] = await Promise.all([db.contacts.toArray(), db.lenders.toArray(), db.agreements.toArray()]);
  return { contacts, lenders, agreements };
}

/** The [ownerType, ownerId] index keys of contact evidence: counts without reading any Blob. */
function contactEvidenceKeys() {
  return getDb().evidence.where('[ownerType+ownerId]').between(['contact', ''], ['contact', '\uffff']).keys();
}

/** The contact log: a timeline by day, filters, search, edit, delete with undo, links and evidence. */
export function Contacts({ params }: SectionProps) {
  const data = useLive(load, []);
  const evidenceKeys = useLive(contactEvidenceKeys, []);
  const [filter, setFilter] = useState<ContactFilter>(() => (params.get('lender') ? { lenderId: params.get('lender')! } : {}));
  const [editing, setEditing] = useState<string | null>(null);
  const [undo, setUndo] = useState<DeletedContact | null>(null);
  const [error, setError] = useState<unknown>(null);

  const days = useMemo(() => (data ? groupByDay(filterContacts(data.contacts, filter)) : []), [data, filter]);
  const evidenceCount = useMemo(() => {
    const m = new Map<string, number>();
    for (const key of evidenceKeys ?? []) {
      const ownerId = (key as unknown as [string, string])[1];
      m.set(ownerId, (m.get(ownerId) ?? 0) + 1);
    }
    return m;
  }, [evidenceKeys]);
  if (!data) return null;
  const lenders = new Map(data.lenders.map((l) => [l.id, l]));
  const total = days.reduce((n, d) => n + d.contacts.length, 0);

  return (
    <section aria-labelledby="contacts-title">
      <h2 id="contacts-title">{t('contact.nav')}</h2>
      <ContactFiltersBar filter={filter} onChange={setFilter} lenders={data.lenders} agreements={data.agreements} />
      <p class="muted" role="status">
        {t('contact.results', { count: total })}
      </p>
      {undo && (
        <div class="undo-bar" role="status">
          {t('contact.deleted')}{' '}
          <button
            type="button"
            onClick={() => rpc('contacts.restore', { contact: undo.contact, evidenceIds: undo.evidenceIds }).then(() => setUndo(null), setError)}
          >
            {t('action.undo')}
          </button>
        </div>
      )}
      <ErrorMessage error={error} />
      {data.contacts.length === 0 && <p class="muted">{t('contact.none')}</p>}
      {days.map((day) => (
        <section class="day" key={day.date} aria-label={day.date}>
          <h3>{day.date}</h3>
          <ul class="contact-list">
            {day.contacts.map((c) =>
              editing === c.id ? (
                <li key={c.id}>
                  <ContactEditor contact={c} lenders={data.lenders} onDone={() => setEditing(null)} />
                </li>
              ) : (
                <ContactItem
                  key={c.id}
                  contact={c}
                  lender={c.lenderId ? lenders.get(c.lenderId) : undefined}
                  agreements={data.agreements}
                  evidenceCount={evidenceCount.get(c.id) ?? 0}
                  onEdit={() => setEditing(c.id)}
                  onDelete={() => rpc('contacts.delete', { id: c.id }).then(setUndo, setError)}
                  onError={setError}
                />
              ),
            )}
          </ul>
        </section>
      ))}
    </section>
  );
}
