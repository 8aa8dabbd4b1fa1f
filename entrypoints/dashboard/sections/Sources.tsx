import { FACTS, type Fact } from '@/utils/data/facts';
import { getLocale, t } from '@/utils/i18n/translate';
import { LOCALES } from '@/utils/i18n/locales';
import { JURISDICTIONS } from '@/utils/model/records';
import type { SectionProps } from '../sections';

const idx = (l: string) => LOCALES.indexOf(l as (typeof LOCALES)[number]);

function FactRow({ f }: { f: Fact }) {
  const l = getLocale();
  return (
    <tr data-fact={f.id} data-confidence={f.confidence}>
      <td>{f.what[idx(l)]}</td>
      <td>{t(`jurisdiction.${f.jurisdiction}`)}</td>
      <td>{t(`sources.confidence.${f.confidence}`)}</td>
      <td>
        <ul class="plain">
          {f.sources.map((s, i) => (
            // The address as text: the extension makes no requests; the user may copy it.
            <li key={i}>
              {s.publisher} · {s.title} · <span class="url">{s.url ?? t('sources.noUrl')}</span>
            </li>
          ))}
        </ul>
      </td>
      <td>{f.published === 'unknown' ? t('sources.unknown') : f.published}</td>
      <td>{f.checked}</td>
    </tr>
  );
}

/** Every fact the extension relies on, by jurisdiction, with its confidence and both dates. */
export function Sources(_props: SectionProps) {
  return (
    <section aria-labelledby="sources-title" class="sources">
      <h2 id="sources-title">{t('sources.nav')}</h2>
      <p class="muted">{t('sources.intro')}</p>
      {JURISDICTIONS.map((j) => (
        <table key={j} data-jurisdiction={j}>
          <caption>{t(`jurisdiction.${j}`)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sources.col.fact')}</th>
              <th scope="col">{t('sources.col.jurisdiction')}</th>
              <th scope="col">{t('sources.col.confidence')}</th>
              <th scope="col">{t('sources.col.source')}</th>
              <th scope="col">{t('sources.col.published')}</th>
              <th scope="col">{t('sources.col.checked')}</th>
            </tr>
          </thead>
          <tbody>
            {FACTS.filter((f) => f.jurisdiction === j).map((f) => (
              <FactRow key={f.id} f={f} />
            ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}
