import { useEffect, useState } from 'preact/hooks';
import type { Evidence } from '@/utils/model/records';
import { OPAQUE_MIME, viewKind } from '@/utils/domain/evidence/file-type';
import { t } from '@/utils/i18n/translate';

/**
 * Shows one evidence item from a local object URL (never a remote one), or
 * offers a download. Only the supported types are shown inline, and the URL is
 * made from the Blob re-typed to the checked type: a Blob restored from a
 * backup may claim any type (text/html, image/svg+xml), and the record's own
 * type string may too, so neither is trusted. Everything else is download only.
 */
export function EvidenceViewer({ item, onClose }: { item: Evidence; onClose: () => void }) {
  const kind = viewKind(item.mime);
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const type = kind === 'download' ? OPAQUE_MIME : item.mime.trim().toLowerCase();
    const u = URL.createObjectURL(new Blob([item.blob], { type }));
    setUrl(u);
    return () => URL.revokeObjectURL(u);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- deliberate: the URL follows the record (its id), not each new object holding the same Blob
  }, [item.id, kind]);
  if (!url) return null;
  return (
    <div class="evidence-viewer" role="region" aria-label={item.name} data-view-kind={kind}>
      <button type="button" class="secondary" onClick={onClose}>
        {t('evidence.close')}
      </button>
      {kind === 'image' && <img src={url} alt={item.source?.title || item.name} class="evidence-image" />}
      {kind === 'audio' && <audio src={url} controls aria-label={item.name} />}
      {kind === 'video' && <video src={url} controls aria-label={item.name} class="evidence-image" />}
      {kind === 'pdf' && <iframe src={url} title={item.name} class="evidence-frame" />}
      {/* Plain text in a sandbox: nothing in it can run even if a browser sniffed it as markup. */}
      {kind === 'text' && <iframe src={url} title={item.name} class="evidence-frame" sandbox="" />}
      {kind === 'download' && <p>{t('evidence.noPreview')}</p>}
      <a href={url} download={item.name}>
        {t('evidence.download')}
      </a>
    </div>
  );
}
