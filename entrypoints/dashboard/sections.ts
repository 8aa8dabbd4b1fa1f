import type { ComponentType } from 'preact';
import type { MessageKey } from '@/utils/i18n/messages';
import { findingsSnapshot } from '@/utils/db/queries/findings';
import { takeEarly } from '@/utils/rpc/early';
import { sectionIdOf, sectionModules, type SectionId } from './section-modules';

export interface SectionProps {
  /** The part of the hash after the section id, e.g. "abc" in #/agreements/abc. */
  subpath: string;
  /** Query parameters of the hash route, e.g. #/complaints?contacts=a,b */
  params: URLSearchParams;
  /** What the section's `prefetch` read before the page's first render (only on that render's section). */
  initialData?: unknown;
}

export interface Section {
  id: SectionId;
  label: MessageKey;
  /** Loaded on first visit, so the dashboard opens fast whatever it grows into. */
  load: () => Promise<ComponentType<SectionProps>>;
  /**
   * A small read the section's first render needs, run while its code loads
   * (see main.tsx); the section still subscribes to live data itself.
   */
  prefetch?: () => Promise<unknown>;
}

/** The dashboard's navigation, in order. A feature adds its module to section-modules.ts and one line here. */
export const sections: Section[] = [
  { id: 'home', label: 'dashboard.nav.home', load: () => sectionModules.home().then((m) => m.Home) },
  { id: 'agreements', label: 'agreement.nav', load: () => sectionModules.agreements().then((m) => m.Agreements) },
  { id: 'reminders', label: 'reminder.nav', load: () => sectionModules.reminders().then((m) => m.Reminders) },
  {
    id: 'contacts',
    label: 'contact.nav',
    load: () => sectionModules.contacts().then((m) => m.Contacts),
    // Imported, not named here: the query module brings the search code, which only this section needs.
    prefetch: () => import('@/utils/db/queries/contacts').then((m) => m.contactsFirstPage()),
  },
  {
    id: 'findings',
    label: 'finding.nav',
    load: () => sectionModules.findings().then((m) => m.Findings),
    // Raced against the background, as the popup's first screen is (utils/db/repos/popup-first.ts): a
    // running background has the database open and answers before this page's first open has resolved.
    // The request itself was sent by first-reads.ts when the page opened on this view.
    prefetch: () => Promise.any([findingsSnapshot(), takeEarly('findings.snapshot', {})]),
  },
  { id: 'patterns', label: 'everyday.chart.nav', load: () => sectionModules.patterns().then((m) => m.Patterns) },
  { id: 'evidence', label: 'evidence.nav', load: () => sectionModules.evidence().then((m) => m.Evidence) },
  { id: 'complaints', label: 'complaint.nav', load: () => sectionModules.complaints().then((m) => m.Complaints) },
  { id: 'backup', label: 'backup.nav', load: () => sectionModules.backup().then((m) => m.Backup) },
  { id: 'settings', label: 'settings.nav', load: () => sectionModules.settings().then((m) => m.Settings) },
  { id: 'sources', label: 'sources.nav', load: () => sectionModules.sources().then((m) => m.Sources) },
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
  return sections.find((s) => s.id === sectionIdOf(id)) ?? sections[0]!;
}
