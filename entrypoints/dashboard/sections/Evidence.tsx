import './contacts/contacts.css';
import { useState } from 'preact/hooks';
import { getDb } from '@/utils/db/connection';
import { useLive } from '@/components/useLive';
import { AttachFile } from '@/components/evidence/AttachFile';
import { EvidenceViewer } from '@/components/evidence/EvidenceViewer';
import { restoreEvidenceDirect } from '@/components/evidence/write-direct';
import { ErrorMessage } from '@/components/ErrorMessage';
import type { Evidence as EvidenceRecord } from '@/utils/model/records';
import type { DeletedEvidence } from '@/utils/db/repos/evidence';
import { t } from '@/utils/i18n/translate';
import type { SectionProps } from '../sections';
import { EvidenceRow } from './evidence/EvidenceRow';
import { OcrTools } from '@/components/ocr/OcrTools';
import { OcrPanel } from '@/components/ocr/OcrPanel';

/** Every evidence item: what it is, where it came from, its hash; a viewer, an integrity check, delete with undo. */
export function Evidence(_props: SectionProps) {
  const items = useLive(() => getDb().evidence.orderBy('createdAt').reverse().toArray(), []);
  const [viewing, setViewing] = useState<string | null>(null);
  const current = items?.find((e) => e.id === viewing);
  const [undo, setUndo] = useState<{ record: EvidenceRecord; deleted: DeletedEvidence } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [reading, setReading] = useState<string | null>(null);
  const ocrItem = items?.find((e) => e.id === reading);
  return (
    <section aria-labelledby="evidence-title">
      <h2 id="evidence-title">{t('evidence.nav')}</h2>
      <AttachFile label={t('evidence.add')} />
      <OcrTools onOpen={(e) => setReading(e.id)} />
      {undo && (
        <div class="undo-bar" role="status">
          {t('evidence.deleted')}{' '}
          <button type="button" onClick={() => restoreEvidenceDirect(getDb(), undo.record, undo.deleted).then(() => setUndo(null), setError)}>
            {t('action.undo')}
          </button>
        </div>
      )}
      <ErrorMessage error={error} />
      {current && <EvidenceViewer item={current} onClose={() => setViewing(null)} />}
      {ocrItem && <OcrPanel key={ocrItem.id} item={ocrItem} onClose={() => setReading(null)} />}
      {items && items.length === 0 && <p class="muted">{t('evidence.none')}</p>}
      {items && items.length > 0 && (
        <table class="evidence-table">
          <thead>
            <tr>
              <th scope="col">{t('evidence.capturedAt')}</th>
              <th scope="col">{t('evidence.source')}</th>
              <th scope="col">{t('evidence.type')}</th>
              <th scope="col">{t('evidence.owner')}</th>
              <th scope="col">{t('evidence.sha256')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('action.edit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((e) => (
              <EvidenceRow
                key={e.id}
                item={e}
                onView={() => setViewing(e.id)}
                onReadText={() => setReading(e.id)}
                onDeleted={(record, deleted) => {
                  setError(null);
                  setUndo({ record, deleted });
                  if (viewing === record.id) setViewing(null);
                }}
              />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
