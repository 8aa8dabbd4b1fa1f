import { t } from '@/utils/i18n/translate';
import type { useReader } from './useReader';

/** Progress of a reading, with cancel; the cancelled notice afterwards. */
export function ReadProgress({ reader }: { reader: ReturnType<typeof useReader> }) {
  const { progress, position, cancelled } = reader;
  if (!progress)
    return cancelled ? (
      <p class="muted" role="status">
        {t('ocr.cancelled')}
      </p>
    ) : null;
  const percent = Math.round(progress.progress * 100);
  return (
    <div class="ocr-progress" role="status" data-testid="ocr-progress">
      {position && position.count > 1 && <span>{t('ocr.readAll.progress', position)} · </span>}
      <span>{progress.phase === 'loading' ? t('ocr.loading') : t('ocr.progress', { percent })}</span>
      <progress max={1} value={progress.phase === 'reading' ? progress.progress : undefined} />
      <button type="button" class="secondary" onClick={reader.cancel}>
        {t('action.cancel')}
      </button>
    </div>
  );
}
