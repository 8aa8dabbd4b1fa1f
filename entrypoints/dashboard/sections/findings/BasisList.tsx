import type { LegalBasis } from '@/utils/domain/findings/types';
import { getLocale } from '@/utils/i18n/translate';
import { basisNote } from '@/utils/i18n/basis-note';

/** Each basis with its confidence: "as reported (date, by)" for reported facts, "your record" for the user's own; never shown as checked law. */
export function BasisList({ basis }: { basis: readonly LegalBasis[] }) {
  const l = getLocale();
  return (
    <ul class="basis-list">
      {basis.map((b, i) => (
        <li key={i} data-confidence={b.confidence} data-kind={b.kind ?? 'law'}>
          <cite>{b.citation[l]}</cite> <span class="muted">{basisNote(b, l, 'finding')}</span>
        </li>
      ))}
    </ul>
  );
}
