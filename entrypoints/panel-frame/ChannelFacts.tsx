import type { Channel, Confidence } from '@/utils/sites/types';
import { getLocale, t } from '@/utils/i18n/translate';
import { FactStamp } from '@/components/FactStamp';

function note(confidence: Confidence, date: string): string {
  return confidence === 'text' ? t('panel.lawText', { date }) : t('panel.reported', { date });
}

/** What the channel expects, each fact with its confidence and date (nothing unconfirmed is listed). */
export function ChannelFacts({ channel }: { channel: Channel }) {
  const l = getLocale();
  const date = channel.source.verifiedOn;
  return (
    <details class="facts">
      <summary>{t('panel.prereqs')}</summary>
      <p>{channel.handles[l]}</p>
      <ul>
        {channel.prerequisites.map((p) => (
          <li key={p.id}>
            {p.text[l]} <span class="muted">{note(p.confidence, date)}</span>
          </li>
        ))}
        {channel.deadlines.map((d) => (
          <li key={d.id}>
            {t('facts.deadline', {
              kind: t(`facts.kind.${d.kind}`),
              what: d.what[l],
              from: d.from[l],
              days: d.days,
              unit: t(d.unit === 'working' ? 'panel.unit.working' : 'panel.unit.calendar'),
            })}{' '}
            <FactStamp ids={[d.factId]} />
          </li>
        ))}
        {!channel.deadlines.some((d) => d.kind === 'answer') && <li>{t('facts.noDeadline')}</li>}
        {channel.hotlines.map((h) => (
          <li key={h.number}>
            {t('panel.hotline', { number: h.number })} <span class="muted">{note(h.confidence, date)}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
