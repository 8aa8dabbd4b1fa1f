import { useState } from 'preact/hooks';
import type { Evidence } from '@/utils/model/records';
import type { DeletedEvidence, IntegrityResult } from '@/utils/db/repos/evidence';
import { rpc } from '@/utils/rpc/client';
import { getLocale, t } from '@/utils/i18n/translate';
import { formatDateTime } from '@/utils/i18n/format';
import { ErrorMessage } from '@/components/ErrorMessage';
import { formatSize } from '@/utils/domain/evidence/format-size';

interface Props {
  item: Evidence;
  onView: () => void;
  /** Opens the screenshot's text (OCR); offered for images only. */
  onReadText?: () => void;
  /** After a delete: the record as it was (Blob included) and what else it detached, for undo. */
  onDeleted: (record: Evidence, deleted: DeletedEvidence) => void;
}

/** One evidence item with its integrity check, and delete after a confirmation (undo is offered by the section). */
export function EvidenceRow({ item: e, onView, onReadText, onDeleted }: Props) {
  const [check, setCheck] = useState<IntegrityResult | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = (p: Promise<unknown>) => p.catch(setError);
  return (
    <tr data-evidence-id={e.id}>
      <td>{formatDateTime(e.capturedAt, getLocale())}</td>
      <td>
        {e.source ? (
          <>
            <strong>{e.source.title || e.name}</strong>
            <br />
            <span class="muted break">{e.source.url}</span>
          </>
        ) : (
          e.name
        )}
      </td>
      <td>
        {e.mime}
        <br />
        <span class="muted">{formatSize(e.size)}</span>
      </td>
      <td>{t(`evidence.owner.${e.ownerType ?? 'none'}`)}</td>
      <td>
        <code class="hash break">{e.sha256}</code>
        {check && (
          <p class={check.match ? 'ok' : 'error'} role="status" data-testid="integrity">
            {t(check.match ? 'evidence.match' : 'evidence.mismatch')}
          </p>
        )}
        <ErrorMessage error={error} />
      </td>
      <td class="row-actions">
        <button type="button" class="secondary" onClick={onView}>
          {t('evidence.view')}
        </button>
        {onReadText && e.mime.startsWith('image/') && (
          <button type="button" class="secondary" data-testid="ocr-open" onClick={onReadText}>
            {t('ocr.read')}
          </button>
        )}
        <button type="button" class="secondary" onClick={() => run(rpc('evidence.verify', { id: e.id }).then(setCheck))}>
          {t('evidence.verify')}
        </button>
        {confirming ? (
          <span role="group" aria-label={t('action.delete')} class="confirm-delete">
            <span>{t('evidence.deleteConfirm', { name: e.source?.title || e.name })}</span>{' '}
            {/* The record is kept by the caller before it goes: its Blob cannot come back over the RPC. */}
            <button type="button" class="danger" onClick={() => run(rpc('evidence.delete', { id: e.id }).then((d) => onDeleted(e, d)))}>
              {t('action.delete')}
            </button>
            <button type="button" class="secondary" onClick={() => setConfirming(false)}>
              {t('action.cancel')}
            </button>
          </span>
        ) : (
          <button type="button" class="secondary" onClick={() => setConfirming(true)}>
            {t('action.delete')}
          </button>
        )}
      </td>
    </tr>
  );
}
