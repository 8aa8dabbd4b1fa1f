import { useState } from 'preact/hooks';
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

  async function onPick(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const files = [...(input.files ?? [])];
    setError(null);
    setSaved(false);
    try {
      setSaved((await addFilesDirect(files, owner)) > 0);
    } catch (err) {
      setError(err);
    } finally {
      input.value = '';
    }
  }

  return (
    <div class="attach-file">
      <label for={inputId}>{label ?? t('contact.attach')}</label>
      <input id={inputId} type="file" name="evidence-file" multiple onChange={onPick} />
      {saved && (
        <span class="ok" role="status">
          {t('evidence.saved')}
        </span>
      )}
      <ErrorMessage error={error} />
    </div>
  );
}
