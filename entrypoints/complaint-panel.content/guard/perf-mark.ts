/**
 * Performance marks for the benchmark only. The content script shares the
 * page's performance timeline: an `ng:*` mark tells every page that this
 * extension is installed, so production builds make none. `NG_PERF_MARKS=1
 * npx wxt build` (what bench/lib/build.ts runs) turns them on.
 */
const ENABLED = import.meta.env.VITE_NG_PERF_MARKS === '1' || import.meta.env.MODE === 'development';

export function perfMark(name: 'ng:cs-start' | 'ng:form-found' | 'ng:panel-visible' | 'ng:anchors-visible'): void {
  if (ENABLED && !performance.getEntriesByName(name).length) performance.mark(name);
}
