import * as home from './sections/Home';
import * as contacts from './sections/Contacts';
import * as findings from './sections/Findings';

/**
 * Each section's module, by its id in the address. The overview, the contact
 * log and the findings are the views a user opens most, and the two with
 * first-render budgets (docs/PERFORMANCE.md): they are part of the page's
 * own bundle, so their code arrives with the page's first round of requests.
 * Under load each round of requests took 30–60 ms, more than their code
 * (~75 KB with what only they use) costs the pages of the other sections,
 * which load on first visit.
 */
export const sectionModules = {
  home: () => Promise.resolve(home),
  agreements: () => import('./sections/Agreements'),
  reminders: () => import('./sections/Reminders'),
  contacts: () => Promise.resolve(contacts),
  findings: () => Promise.resolve(findings),
  patterns: () => import('./sections/Patterns'),
  evidence: () => import('./sections/Evidence'),
  complaints: () => import('./sections/Complaints'),
  backup: () => import('./sections/Backup'),
  settings: () => import('./sections/Settings'),
  sources: () => import('./sections/Sources'),
};

export type SectionId = keyof typeof sectionModules;

/** The section an address opens: the overview for an empty or unknown id (as sections.ts sectionFor). */
export const sectionIdOf = (id: string): SectionId => (Object.hasOwn(sectionModules, id) ? (id as SectionId) : 'home');
