import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n/translate';
import { rpc } from '@/utils/rpc/client';
import { ErrorMessage } from '@/components/ErrorMessage';
import { KIT_DOCUMENTS, type Agreement } from '@/utils/model/records';

type Doc = Agreement['kit']['documents'][number];

/** The documents to gather before negotiating, each ticked when ready, with a note. */
export function KitDocuments({ agreement }: { agreement: Agreement }) {
  const [docs, setDocs] = useState<Doc[]>(() =>
    KIT_DOCUMENTS.map((doc) => agreement.kit.documents.find((d) => d.doc === doc) ?? { doc, ready: false, note: '' }),
  );
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const update = (doc: Doc['doc'], patch: Partial<Doc>) => {
    setSaved(false);
    setDocs((ds) => ds.map((d) => (d.doc === doc ? { ...d, ...patch } : d)));
  };
  async function save() {
    setError(null);
    try {
      await rpc('agreements.saveKit', { id: agreement.id, kit: { ...agreement.kit, documents: docs } });
      setSaved(true);
    } catch (err) {
      setError(err);
    }
  }
  return (
    <section aria-labelledby="kit-title">
      <h3 id="kit-title">{t('kit.title')}</h3>
      <p class="muted">{t('kit.intro')}</p>
      <ul class="ag-plain">
        {docs.map((d) => (
          <li key={d.doc} class="ag-row">
            <label class="ag-check">
              <input
                type="checkbox"
                name={`kit.${d.doc}`}
                checked={d.ready}
                onChange={(e) => update(d.doc, { ready: e.currentTarget.checked })}
              />
              {t(`kit.doc.${d.doc}`)}
            </label>
            <label>
              <span class="visually-hidden">{t('kit.doc.note', { doc: t(`kit.doc.${d.doc}`) })}</span>
              <input value={d.note} maxLength={200} onInput={(e) => update(d.doc, { note: e.currentTarget.value })} />
            </label>
          </li>
        ))}
      </ul>
      <ErrorMessage error={error} />
      <button type="button" onClick={save}>
        {t('kit.save')}
      </button>
      {saved && (
        <p class="ok" role="status">
          {t('kit.saved')}
        </p>
      )}
    </section>
  );
}
