import { useMemo, useState } from 'preact/hooks';
import type { Evidence } from '@/utils/model/records';
import { allOcrTexts, evidenceById } from '@/utils/db/queries/ocr';
import { normalizeForSearch } from '@/utils/domain/search/normalize';
import { queryTerms } from '@/utils/domain/search/search-contacts';
import { useLive } from '@/components/useLive';
import { t } from '@/utils/i18n/translate';

/** Finds screenshots by their text, with the same Chinese search as the contact log (traditional finds simplified). */
export function OcrSearch({ onOpen }: { onOpen: (e: Evidence) => void }) {
  const rows = useLive(() => allOcrTexts(), []);
  const [query, setQuery] = useState('');
  const hits = useMemo(() => {
    const terms = queryTerms(query);
    if (!rows || terms.length === 0) return [];
    return rows.filter((r) => terms.every((term) => normalizeForSearch(r.text).includes(term)));
  }, [rows, query]);
  return (
    <div class="ocr-search">
      <label for="ocr-search">{t('ocr.search')}</label>
      <input id="ocr-search" type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      {query.trim() !== '' && hits.length === 0 && <p class="muted">{t('ocr.search.none')}</p>}
      {hits.length > 0 && (
        <ul class="ocr-hits" data-testid="ocr-hits">
          {hits.map((r) => (
            <li key={r.id}>
              <button type="button" class="secondary" onClick={() => void evidenceById(r.id).then((e) => e && onOpen(e))}>
                {r.text
                  .split('\n')
                  .find((l) => queryTerms(query).some((q) => normalizeForSearch(l).includes(q)))
                  ?.slice(0, 80) ?? r.text.slice(0, 80)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
