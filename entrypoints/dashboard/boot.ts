import { parseRoute } from './route';
import { sectionIdOf, sectionModules } from './section-modules';

// The page's first module, with almost nothing in it. The section in the address
// starts loading now, side by side with the shared code main.tsx imports; main.tsx
// then asks for the same module (sections.ts) and gets it from the module map. A
// failure here is not reported: main.tsx's own request reports it.
void sectionModules[sectionIdOf(parseRoute(location.hash).section)]().catch(() => undefined);
void import('./main');
