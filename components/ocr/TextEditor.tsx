import { useState } from 'preact/hooks';
import type { OcrText } from '@/utils/model/ocr-text';
import { rpc } from '@/utils/rpc/client';
import { t } from '@/utils/i18n/translate';
import { ErrorMessage } from '@/components/ErrorMessage';

/** The stored text, marked machine-read or edited, and editable. */
export function TextEditor({ row }: { row: OcrText }) {
  const [draft, setDraft] = useState<{ for: OcrText; text: string } | null>(null);
  const text = draft?.for === row ? draft.text : row.text;
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const id = `ocr-text-${row.id}`;
  return (
    <div class="ocr-text">
      <p class="muted" data-testid="ocr-origin">
        {row.machine ? t('ocr.machineRead') : t('ocr.userEdited')}{' '}
        {row.machine && t('ocr.confidence', { percent: Math.round(row.confidence) })}
      </p>
      <label for={id}>{t('ocr.textLabel')}</label>
      <textarea
        id={id}
        rows={8}
        value={text}
        maxLength={20_000}
        data-testid="ocr-text"
        onInput={(e) => {
          setSaved(false);
          setDraft({ for: row, text: e.currentTarget.value });
        }}
      />
      <button
        type="button"
        class="secondary"
        disabled={text === row.text}
        onClick={() =>
          rpc('ocr.editText', { id: row.id, text }).then(() => {
            setSaved(true);
            setDraft(null);
          }, setError)
        }
      >
        {t('ocr.saveText')}
      </button>
      {saved && (
        <span class="ok" role="status">
          {t('ocr.textSaved')}
        </span>
      )}
      <ErrorMessage error={error} />
    </div>
  );
}
