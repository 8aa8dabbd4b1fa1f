import './ocr.css';
import { useState } from 'preact/hooks';
import type { Evidence } from '@/utils/model/records';
import type { OcrScript } from '@/utils/ocr/engine';
import { defaultScript } from '@/utils/ocr/read-and-save';
import { autoReadOn, unreadImages } from '@/utils/db/queries/ocr';
import { rpc } from '@/utils/rpc/client';
import { useLive } from '@/components/useLive';
import { ErrorMessage } from '@/components/ErrorMessage';
import { getLocale, t } from '@/utils/i18n/translate';
import { useReader } from './useReader';
import { ReadProgress } from './ReadProgress';
import { ScriptSelect } from './ScriptSelect';
import { OcrSearch } from './OcrSearch';

/** Above the evidence list: read every image not read yet, the auto-read setting, and search in the texts. */
export function OcrTools({ onOpen }: { onOpen: (e: Evidence) => void }) {
  const unread = useLive(() => unreadImages(), []);
  const auto = useLive(() => autoReadOn(), []);
  const [script, setScript] = useState<OcrScript>(() => defaultScript(getLocale()));
  const [error, setError] = useState<unknown>(null);
  const reader = useReader();
  return (
    <div class="ocr-box">
      <div class="ocr-tools">
        <ScriptSelect id="ocr-all-script" value={script} onChange={setScript} />
        <button
          type="button"
          class="secondary"
          disabled={!unread?.length || reader.progress !== null}
          onClick={() => void reader.read(unread ?? [], script)}
        >
          {t('ocr.readAll')} ({unread?.length ?? 0})
        </button>
        <label class="inline">
          <input
            type="checkbox"
            checked={auto === true}
            onChange={(e) => rpc('ocr.setAutoRead', { on: e.currentTarget.checked }).catch(setError)}
          />
          {t('ocr.autoRead')}
        </label>
      </div>
      <p class="muted">{t('ocr.autoRead.hint')}</p>
      <ReadProgress reader={reader} />
      <ErrorMessage error={reader.error ?? error} />
      <OcrSearch onOpen={onOpen} />
    </div>
  );
}
