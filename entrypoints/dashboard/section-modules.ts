/**
 * Each section's module, by its id in the address. Nothing else is imported
 * here: boot.ts, the page's first module, starts the section in the address
 * loading from this map while the page's shared code (the database, the
 * messages, the components) is still being fetched and evaluated, instead of
 * after it. sections.ts builds the navigation on the same map.
 */
export const sectionModules = {
  home: () => import('./sections/Home'),
  agreements: () => import('./sections/Agreements'),
  reminders: () => import('./sections/Reminders'),
  contacts: () => import('./sections/Contacts'),
  findings: () => import('./sections/Findings'),
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
