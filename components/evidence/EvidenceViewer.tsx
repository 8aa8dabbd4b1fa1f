import { useEffect, useState } from 'preact/hooks';
import type { Evidence } from '@/utils/db/records';
import { t } from '@/utils/i18n/translate';

/** Shows one evidence item from a local object URL (never a remote one), or offers a download. */
export function EvidenceViewer({ item, onClose }: { item: Evidence; onClose: () => void }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const u = URL.createObjectURL(item.blob);
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [item.id]);
  if (!url) return null;
  const kind = item.mime.split('/')[0];
  return (
    <div class="evidence-viewer" role="region" aria-label={item.name}>
      <button type="button" class="secondary" onClick={onClose}>
        {t('evidence.close')}
      </button>
      {kind === 'image' && <img src={url} alt={item.source?.title || item.name} class="evidence-image" />}
      {kind === 'audio' && <audio src={url} controls aria-label={item.name} />}
      {kind === 'video' && <video src={url} controls aria-label={item.name} class="evidence-image" />}
      {item.mime === 'application/pdf' || item.mime === 'text/plain' ? (
        <iframe src={url} title={item.name} class="evidence-frame" {...(item.mime === "text/plain" ? { sandbox: "" } : {})} />
      ) : null}
      {!['image', 'audio', 'video'].includes(kind!) && item.mime !== 'application/pdf' && item.mime !== 'text/plain' && (
        <p>{t('evidence.noPreview')}</p>
      )}
      <a href={url} download={item.name}>
        {t('evidence.download')}
      </a>
    </div>
  );
}
