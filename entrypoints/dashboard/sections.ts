import type { ComponentType } from 'preact';
import type { MessageKey } from '@/utils/i18n/messages';

export interface SectionProps {
  /** The part of the hash after the section id, e.g. "abc" in #/agreements/abc. */
  subpath: string;
  /** Query parameters of the hash route, e.g. #/complaints?contacts=a,b */
  params: URLSearchParams;
}

export interface Section {
  id: string;
  label: MessageKey;
  /** Loaded on first visit, so the dashboard opens fast whatever it grows into. */
  load: () => Promise<ComponentType<SectionProps>>;
}

/** The dashboard's navigation, in order. A feature adds one line here. */
export const sections: Section[] = [
  { id: 'home', label: 'dashboard.nav.home', load: () => import('./sections/Home').then((m) => m.Home) },
  { id: 'agreements', label: 'agreement.nav', load: () => import('./sections/Agreements').then((m) => m.Agreements) },
  { id: 'reminders', label: 'reminder.nav', load: () => import('./sections/Reminders').then((m) => m.Reminders) },
  { id: 'contacts', label: 'contact.nav', load: () => import('./sections/Contacts').then((m) => m.Contacts) },
  { id: 'findings', label: 'finding.nav', load: () => import('./sections/Findings').then((m) => m.Findings) },
  { id: 'evidence', label: 'evidence.nav', load: () => import('./sections/Evidence').then((m) => m.Evidence) },
  { id: 'complaints', label: 'complaint.nav', load: () => import('./sections/Complaints').then((m) => m.Complaints) },
  { id: 'backup', label: 'backup.nav', load: () => import('./sections/Backup').then((m) => m.Backup) },
  { id: 'settings', label: 'settings.nav', load: () => import('./sections/Settings').then((m) => m.Settings) },
];
