import { useState } from 'preact/hooks';
import { getDb } from '@/utils/db/connection';
import type { EvidenceOwner } from '@/utils/db/repos/evidence';
import { addFilesDirect } from './write-direct';
import { t } from '@/utils/i18n/translate';
import { ErrorMessage } from '@/components/ErrorMessage';

/**
 * A file picker that stores the chosen files as evidence. Blobs cannot cross
 * runtime messaging, so this page calls the same repository function the
 * background would (the one documented exception to "writes go through RPC"),
 * then tells the background so the backup reminder counts the change.
 */
export function AttachFile({ owner, label }: { owner?: EvidenceOwner; label?: string }) {
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const inputId = `attach-${owner?.ownerId ?? 'free'}`;

  const [over, setOver] = useState(false);

  async function store(files: File[]) {
    setError(null);
    setSaved(false);
    try {
      setSaved((await addFilesDirect(getDb(), files, owner)) > 0);
    } catch (err) {
      setError(err);
    }
  }

  async function onPick(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    await store([...(input.files ?? [])]);
    input.value = '';
  }

  // A drop zone (drag screenshots or recordings onto it) around the ordinary file input,
  // which stays the keyboard and screen-reader way in: the whole zone is its label.
  return (
    <div
      class={`attach-file drop-zone${over ? ' over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        void store([...(e.dataTransfer?.files ?? [])]);
      }}
    >
      <label for={inputId}>
        <span class="drop-title">{label ?? t('contact.attach')}</span> <span class="muted small">{t('everyday.drop.hint')}</span>
      </label>
      <input id={inputId} class="drop-input" type="file" name="evidence-file" multiple onChange={onPick} />
      {saved && (
        <span class="ok" role="status">
          {t('evidence.saved')}
        </span>
      )}
      <ErrorMessage error={error} />
    </div>
  );
}
