import './contacts/contacts.css';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Contact } from '@/utils/model/records';
import type { DeletedContact } from '@/utils/db/repos/contacts';
import { ErrorMessage } from '@/components/ErrorMessage';
import { rpc } from '@/utils/rpc/client';
import { t } from '@/utils/i18n/translate';
import type { ContactFilter } from '@/utils/domain/search/filter-contacts';
import { groupByDay } from '@/utils/domain/contacts/group-by-day';
import type { SectionProps } from '../sections';
import { ContactFiltersBar } from './contacts/ContactFiltersBar';
import { ContactItem } from './contacts/ContactItem';
import { ContactEditor } from './contacts/ContactEditor';
import { useContactPage, useContactsData } from './contacts/use-contacts';
import { FIRST_PAGE, type FirstPage } from '@/utils/db/queries/contacts';
import { ContactsImport } from './contacts/import/ContactsImport';
import { useLive } from '@/components/useLive';
import { importSourcesOf } from '@/utils/db/queries/import-sources';

/** Not a query anyone types: results are still being read. */
const PENDING = '\u2026pending';
const isEmpty = (f: ContactFilter) => Object.keys(f).length === 0;

/**
 * The contact log: a timeline by day, filters, search, edit, delete with undo,
 * links and evidence. Years of records (or one imported call log) are tens of
 * thousands of contacts, so it shows a page of the newest and grows on "show
 * more"; filters and search run over the contact index (loaded right after
 * the first screen) and read only the page of contacts they show.
 */
export function Contacts({ params, initialData }: SectionProps) {
  // The first page, read before the first render when the page opened here (sections.ts), then kept live.
  const {
    first,
    index,
    search,
    agreements: agreementList,
    evidenceKeys,
    total: stored,
  } = useContactsData(initialData as FirstPage | undefined);
  const [filter, setFilter] = useState<ContactFilter>(() => (params.get('lender') ? { lenderId: params.get('lender')! } : {}));
  const [shown, setShown] = useState(FIRST_PAGE);
  const [editing, setEditing] = useState<string | null>(null);
  const [undo, setUndo] = useState<DeletedContact | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => setShown(FIRST_PAGE), [filter]);

  // The index is newest first, so the matching ids keep the timeline order.
  const matchIds = useMemo(
    () => (index && search ? search.searchIndex(index, filter, first?.lenders) : undefined),
    [index, search, first, filter],
  );
  const pageIds = useMemo(() => matchIds?.slice(0, shown), [matchIds, shown]);
  const page = useContactPage(index, pageIds);
  // Before the index is read, an unfiltered view shows the first page it already has.
  const matches: readonly Contact[] | undefined = page.contacts ?? (!index && isEmpty(filter) ? first?.recent : undefined);
  const days = useMemo(() => groupByDay((matches ?? []).slice(0, shown)), [matches, shown]);
  const evidenceCount = useMemo(() => {
    const m = new Map<string, number>();
    for (const key of evidenceKeys ?? []) {
      const ownerId = (key as unknown as [string, string])[1];
      m.set(ownerId, (m.get(ownerId) ?? 0) + 1);
    }
    return m;
  }, [evidenceKeys]);
  // Which shown contacts came from an imported file: one read for the page, not one per contact.
  const shownIds = useMemo(() => days.flatMap((d) => d.contacts.map((c) => c.id)), [days]);
  const sources = useLive(() => importSourcesOf(shownIds), [shownIds]);
  const agreements = useMemo(() => new Map((agreementList ?? []).map((a) => [a.id, a])), [agreementList]);
  const lenders = useMemo(() => new Map((first?.lenders ?? []).map((l) => [l.id, l])), [first]);
  if (!first) return null;
  const total = matchIds ? matchIds.length : isEmpty(filter) ? stored : undefined;
  const visible = Math.min(shown, matches?.length ?? 0);

  return (
    <section aria-labelledby="contacts-title" data-contacts-ready="">
      <h2 id="contacts-title">{t('contact.nav')}</h2>
      <ContactsImport index={index} agreements={agreementList} lenders={first.lenders} />
      <ContactFiltersBar filter={filter} onChange={setFilter} lenders={first.lenders} agreements={agreementList ?? []} />
      <p class="muted" role="status">
        {total === undefined ? t('contact.loadingAll') : t('contact.results', { count: total })}
        {total !== undefined && visible < total && ` ${t('contact.showing', { shown: visible })}`}
      </p>
      {undo && (
        <div class="undo-bar" role="status">
          {t('contact.deleted')}{' '}
          <button
            type="button"
            onClick={() =>
              rpc('contacts.restore', { contact: undo.contact, evidenceIds: undo.evidenceIds }).then(() => setUndo(null), setError)
            }
          >
            {t('action.undo')}
          </button>
        </div>
      )}
      <ErrorMessage error={error} />
      {first.recent.length === 0 && <p class="muted">{t('contact.none')}</p>}
      {/* data-results-for: the query whose results are in the DOM (the benchmark waits for it). */}
      <div class="timeline" data-results-for={page.ready || (matches && !index) ? (filter.query ?? '') : PENDING}>
        {days.map((day) => (
          <section class="day" key={day.date} aria-label={day.date}>
            <h3>{day.date}</h3>
            <ul class="contact-list">
              {day.contacts.map((c) =>
                editing === c.id ? (
                  <li key={c.id}>
                    <ContactEditor contact={c} lenders={first.lenders} onDone={() => setEditing(null)} />
                  </li>
                ) : (
                  <ContactItem
                    key={c.id}
                    contact={c}
                    lender={c.lenderId ? lenders.get(c.lenderId) : undefined}
                    agreement={c.agreementId ? agreements.get(c.agreementId) : undefined}
                    evidenceCount={evidenceCount.get(c.id) ?? 0}
                    source={sources?.get(c.id)}
                    onEdit={() => setEditing(c.id)}
                    onDelete={() => rpc('contacts.delete', { id: c.id }).then(setUndo, setError)}
                    onError={setError}
                  />
                ),
              )}
            </ul>
          </section>
        ))}
      </div>
      {matchIds && visible < matchIds.length && (
        <button type="button" class="secondary show-more" onClick={() => setShown((n) => n + FIRST_PAGE)}>
          {t('contact.showMore', { count: Math.min(FIRST_PAGE, matchIds.length - visible) })}
        </button>
      )}
    </section>
  );
}
