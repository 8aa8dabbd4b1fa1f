import './home/home.css';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '@/utils/i18n/translate';
import { useLive } from '@/components/useLive';
import { readToday } from '@/utils/db/queries/today';
import { headerCount } from '@/utils/domain/findings/group-summary';
import { localIsoDate } from '@/utils/domain/time/wall-clock';
import type { SectionProps } from '../sections';
import { readSeen, writeSeen } from './home/seen';
import { TodayView } from './home/TodayView';
import { FirstSteps } from './home/FirstSteps';

/** The landing section answers "what do I need to do now?": today's tasks, or the first steps. */
export function Home(_props: SectionProps) {
  // The overview's code for its records loads alongside the read (today-code.ts): the page's loading mark covers both.
  const live = useLive(() => Promise.all([readToday(), import('./home/today-code')]), []);
  const [data, code] = live ?? [];
  // What was seen at the previous visit, read once: findings counted while this page is open are not "new" twice.
  const [seen] = useState(readSeen);
  const counts = useMemo(() => data?.groups?.map((g) => ({ ruleId: g.ruleId, count: headerCount(g) })), [data]);
  useEffect(() => {
    if (counts) writeSeen(Object.fromEntries(counts.map((c) => [c.ruleId, c.count])));
  }, [counts]);
  if (!data || !code) return null;
  const now = Date.now();
  const d = code.today({ ...data, findings: counts, seen, today: localIsoDate(now), now });
  return (
    <section aria-labelledby="home-title" class="today" data-testid="today" data-clear={d.clear ? '' : undefined}>
      <h2 id="home-title">{t('everyday.today.title')}</h2>
      <FirstSteps agreement={d.start.agreement} contact={d.start.contact} />
      <TodayView today={d} lenders={data.lenders} groups={data.groups ?? []} channelName={code.channelName} />
      {d.clear && (
        <p class="card today-clear" data-testid="today-clear">
          {t('everyday.today.clear')}
        </p>
      )}
      <p class="muted" data-testid="home-contact-count">
        {t('contact.count', { count: data.contactCount })}
      </p>
    </section>
  );
}
