import { useMemo, useState } from 'preact/hooks';
import type { Evidence } from '@/utils/model/records';
import type { OcrText } from '@/utils/model/ocr-text';
import { guessKind, proposeContacts, SCREEN_KINDS, type Proposal, type ScreenKind } from '@/utils/domain/ocr/propose';
import { contactOfProposal, pageOfRow } from '@/utils/domain/ocr/from-row';
import { rpc } from '@/utils/rpc/client';
import { t } from '@/utils/i18n/translate';
import { ErrorMessage } from '@/components/ErrorMessage';
import { ReviewRow } from './ReviewRow';

/**
 * The contacts a screenshot's text proposes, dated against the screenshot's
 * own time, for the user to tick, correct and create together.
 */
export function ReviewList({ item, row }: { item: Evidence; row: OcrText }) {
  const page = useMemo(() => pageOfRow(row), [row]);
  const tzOffsetMin = -new Date(item.capturedAt).getTimezoneOffset();
  const [kind, setKind] = useState<ScreenKind>(() => guessKind(page));
  const proposed = useMemo(
    () => proposeContacts(page, { at: item.capturedAt, tzOffsetMin }, kind),
    [page, kind, item.capturedAt, tzOffsetMin],
  );
  const [edits, setEdits] = useState<{ for: Proposal[]; list: Proposal[] } | null>(null);
  const list = edits?.for === proposed ? edits.list : proposed;
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<number | null>(null);
  const chosen = list.filter((p) => p.selected);

  async function confirm() {
    setError(null);
    try {
      const ids = await rpc('ocr.confirmContacts', { id: item.id, contacts: chosen.map((p) => contactOfProposal(p, tzOffsetMin)) });
      setDone(ids.length);
      setEdits({ for: proposed, list: list.map((p) => ({ ...p, selected: false })) });
    } catch (err) {
      setError(err);
    }
  }

  return (
    <section class="ocr-review" aria-labelledby={`ocr-review-${item.id}`}>
      <h4 id={`ocr-review-${item.id}`}>{t('ocr.review.title')}</h4>
      <label for={`ocr-kind-${item.id}`}>
        {t('ocr.kind')}
        <select id={`ocr-kind-${item.id}`} value={kind} onChange={(e) => setKind(e.currentTarget.value as ScreenKind)}>
          {SCREEN_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`ocr.kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <p class="muted">{t('ocr.review.hint')}</p>
      {list.length === 0 ? (
        <p class="muted">{t('ocr.review.none')}</p>
      ) : (
        <ol class="ocr-proposals">
          {list.map((p, i) => (
            <ReviewRow
              key={i}
              index={i}
              p={p}
              onChange={(next) => setEdits({ for: proposed, list: list.map((x, j) => (j === i ? next : x)) })}
            />
          ))}
        </ol>
      )}
      <ErrorMessage error={error} />
      {done !== null && (
        <p class="ok" role="status" data-testid="ocr-done">
          {t('ocr.review.done', { count: done })}
        </p>
      )}
      <button type="button" data-testid="ocr-confirm" disabled={chosen.length === 0} onClick={() => void confirm()}>
        {t('ocr.review.confirm', { count: chosen.length })}
      </button>
    </section>
  );
}
