import './ocr.css';
import { useState } from 'preact/hooks';
import type { Evidence } from '@/utils/model/records';
import type { OcrScript } from '@/utils/ocr/engine';
import { defaultScript } from '@/utils/ocr/read-and-save';
import { ocrTextOf } from '@/utils/db/queries/ocr';
import { useLive } from '@/components/useLive';
import { ErrorMessage } from '@/components/ErrorMessage';
import { getLocale, t } from '@/utils/i18n/translate';
import { useReader } from './useReader';
import { ReadProgress } from './ReadProgress';
import { TextEditor } from './TextEditor';
import { ReviewList } from './ReviewList';
import { ScriptSelect } from './ScriptSelect';

/** One screenshot's text: read it, correct it, and turn it into contacts. */
export function OcrPanel({ item, onClose }: { item: Evidence; onClose: () => void }) {
  const row = useLive(() => ocrTextOf(item.id), [item.id]);
  const [script, setScript] = useState<OcrScript>(() => defaultScript(getLocale()));
  const reader = useReader();
  return (
    <section class="ocr-panel" aria-labelledby={`ocr-title-${item.id}`} data-testid="ocr-panel">
      <h3 id={`ocr-title-${item.id}`}>{t('ocr.title', { name: item.source?.title || item.name })}</h3>
      <div class="row-actions">
        <ScriptSelect id={`ocr-script-${item.id}`} value={script} onChange={setScript} />
        <button type="button" data-testid="ocr-read" disabled={reader.progress !== null} onClick={() => void reader.read([item], script)}>
          {t('ocr.read')}
        </button>
        <button type="button" class="secondary" onClick={onClose}>
          {t('action.close')}
        </button>
      </div>
      <ReadProgress reader={reader} />
      <ErrorMessage error={reader.error} />
      {row && <TextEditor row={row} />}
      {/* A new reading or an edit of the text starts a fresh review; confirming (which also updates the row) does not. */}
      {row && <ReviewList key={`${row.readAt}\u0000${row.text}`} item={item} row={row} />}
    </section>
  );
}
