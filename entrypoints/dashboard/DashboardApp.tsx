import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n/translate';
import { loadSection, sectionFor, sections, type SectionProps } from './sections';
import { parseRoute } from './route';
import { StorageStatus } from '@/components/StorageStatus';
import { SampleBanner } from '@/components/SampleBanner';
import { AutoReader } from '@/components/ocr/AutoReader';

function useHash(): string {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const on = () => setHash(location.hash);
    addEventListener('hashchange', on);
    // A hash changed between the first render and this effect fired no event we heard.
    on();
    return () => removeEventListener('hashchange', on);
  }, []);
  return hash;
}

type LoadedSection = { id: string; C: ComponentType<SectionProps> };

/**
 * The full-tab dashboard: a navigation list and the current section, loaded
 * lazily. `initial` is the section of the address the page opened at, loaded
 * by main.tsx before the first render, so it appears in that render.
 */
export function DashboardApp({ initial }: { initial?: LoadedSection & { data?: unknown } }) {
  const route = parseRoute(useHash());
  const current = sectionFor(route.section);
  const [View, setView] = useState<LoadedSection | null>(initial ? { id: initial.id, C: initial.C } : null);
  // The first read is for the first render only: once the user has moved to
  // another section, coming back must not show what was read at page load.
  const [firstData, setFirstData] = useState(initial?.data);
  useEffect(() => {
    if (current.id !== initial?.id) setFirstData(undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- deliberate: runs on navigation only; `initial` never changes after page load
  }, [current.id]);

  useEffect(() => {
    let live = true;
    if (View?.id === current.id) return;
    void loadSection(current).then((C) => live && setView({ id: current.id, C }));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- deliberate: loads on navigation only; View is what this effect sets
  }, [current.id]);

  return (
    <div class="dash">
      <nav class="dash-nav" aria-label={t('dashboard.nav.label')}>
        <h1>{t('app.name')}</h1>
        <ul>
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#/${s.id}`} aria-current={s.id === current.id ? 'page' : undefined}>
                {t(s.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main class="dash-main" id="main" data-section={current.id}>
        <StorageStatus />
        <SampleBanner />
        <AutoReader />
        {View && View.id === current.id ? (
          <View.C subpath={route.subpath} params={route.params} initialData={View.id === initial?.id ? firstData : undefined} />
        ) : null}
      </main>
    </div>
  );
}
