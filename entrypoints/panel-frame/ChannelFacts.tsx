import type { Channel } from '@/utils/sites/types';
import { getLocale, t } from '@/utils/i18n/translate';
import { FactStamp } from '@/components/FactStamp';

/**
 * What the channel expects. Every prerequisite, deadline and hotline carries
 * the stamp of the registry facts it rests on: jurisdiction, confidence and
 * both dates (published or in force; checked by this project), so a checked
 * date never reads as the date of a rule (nothing unconfirmed is listed as fact).
 */
export function ChannelFacts({ channel }: { channel: Channel }) {
  const l = getLocale();
  // What the channel will not take is said before the user files, not folded away (e.g. FOI and debt negotiation).
  const scope = channel.prerequisites.filter((p) => p.id === 'scope');
  return (
    <>
      {scope.map((p) => (
        <p key={p.id} class="scope-note" role="note" data-prereq={p.id} data-testid="channel-scope">
          {p.text[l]}
          <FactStamp ids={p.factIds} />
        </p>
      ))}
      <details class="facts">
        <summary>{t('panel.prereqs')}</summary>
        <p>{channel.handles[l]}</p>
        <ul>
          {channel.prerequisites
            .filter((p) => p.id !== 'scope')
            .map((p) => (
              <li key={p.id} data-prereq={p.id}>
                {p.text[l]}
                <FactStamp ids={p.factIds} />
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
            <li key={h.number} data-hotline={h.number}>
              {t('panel.hotline', { number: h.number })}
              <FactStamp ids={[h.factId]} />
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}
