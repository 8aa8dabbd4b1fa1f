import type { ComponentType } from 'preact';
import type { MessageKey } from '@/utils/i18n/messages';
import { findingsSnapshot } from '@/utils/db/queries/findings';

export interface SectionProps {
  /** The part of the hash after the section id, e.g. "abc" in #/agreements/abc. */
  subpath: string;
  /** Query parameters of the hash route, e.g. #/complaints?contacts=a,b */
  params: URLSearchParams;
  /** What the section's `prefetch` read before the page's first render (only on that render's section). */
  initialData?: unknown;
}

export interface Section {
  id: string;
  label: MessageKey;
  /** Loaded on first visit, so the dashboard opens fast whatever it grows into. */
  load: () => Promise<ComponentType<SectionProps>>;
  /**
   * A small read the section's first render needs, run while its code loads
   * (see main.tsx); the section still subscribes to live data itself.
   */
  prefetch?: () => Promise<unknown>;
}

/** The dashboard's navigation, in order. A feature adds one line here. */
export const sections: Section[] = [
  { id: 'home', label: 'dashboard.nav.home', load: () => import('./sections/Home').then((m) => m.Home) },
  { id: 'agreements', label: 'agreement.nav', load: () => import('./sections/Agreements').then((m) => m.Agreements) },
  { id: 'reminders', label: 'reminder.nav', load: () => import('./sections/Reminders').then((m) => m.Reminders) },
  { id: 'contacts', label: 'contact.nav', load: () => import('./sections/Contacts').then((m) => m.Contacts) },
  {
    id: 'findings',
    label: 'finding.nav',
    load: () => import('./sections/Findings').then((m) => m.Findings),
    prefetch: () => findingsSnapshot(),
  },
  { id: 'patterns', label: 'everyday.chart.nav', load: () => import('./sections/Patterns').then((m) => m.Patterns) },
  { id: 'evidence', label: 'evidence.nav', load: () => import('./sections/Evidence').then((m) => m.Evidence) },
  { id: 'complaints', label: 'complaint.nav', load: () => import('./sections/Complaints').then((m) => m.Complaints) },
  { id: 'backup', label: 'backup.nav', load: () => import('./sections/Backup').then((m) => m.Backup) },
  { id: 'settings', label: 'settings.nav', load: () => import('./sections/Settings').then((m) => m.Settings) },
  { id: 'sources', label: 'sources.nav', load: () => import('./sections/Sources').then((m) => m.Sources) },
];

const loading = new Map<string, Promise<ComponentType<SectionProps>>>();

/**
 * The section's component, loaded once per page. main.tsx calls it for the
 * route in the address before anything else, so the section's code loads
 * while the page reads the language setting and renders the navigation,
 * instead of after.
 */
export function loadSection(section: Section): Promise<ComponentType<SectionProps>> {
  let p = loading.get(section.id);
  if (!p) {
    // A failed load (e.g. the extension was updated under the page) is not kept: the next visit tries again.
    p = section.load().catch((err: unknown) => {
      loading.delete(section.id);
      throw err;
    });
    loading.set(section.id, p);
  }
  return p;
}

export function sectionFor(id: string): Section {
  return sections.find((s) => s.id === id) ?? sections[0]!;
}
