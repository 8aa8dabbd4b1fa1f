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
];
