import { fact } from '@/utils/data/facts';
import { t } from '@/utils/i18n/translate';

/**
 * Each fact a claim rests on, with its jurisdiction, confidence and both
 * dates (published or in force; checked by this project), each shown as what
 * it is, so a checked date never reads as the date of a rule or a report.
 */
export function FactStamp({ ids }: { ids: readonly string[] }) {
  return (
    <>
      {ids.map((id) => {
        const f = fact(id);
        return (
          <span key={id} class="muted fact-stamp" data-fact-stamp={id}>
            {' '}
            [
            {t('factStamp.line', {
              place: t(`jurisdiction.${f.jurisdiction}`),
              confidence: t(`sources.confidence.${f.confidence}`),
              published: f.published === 'unknown' ? t('sources.unknown') : f.published,
              checked: f.checked,
            })}
            ]
          </span>
        );
      })}
    </>
  );
}
