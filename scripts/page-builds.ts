// WXT builds every extension page (popup, dashboard, report, …) in one Vite
// build, so Rollup puts what two pages share into shared chunks: the
// dashboard's first screen needed five modules (its own, the messages and
// Preact, Dexie, two small ones). An extension page's modules each come
// through the browser process while it is still finishing the navigation;
// measured in the dashboard (docs/PERFORMANCE.md, fifth pass), five modules
// cost ~17 ms more than the same code as one, while 180 KB fewer bytes of
// strings saved nothing. So each page is built on its own: its first screen
// is one module (and one style sheet), and only the sections it loads later
// come as further chunks. Pages then carry their own copy of the shared code
// (~2 MB more in the package, none of it loaded twice by one page).

/** WXT's `EntrypointGroup` (one entrypoint, or several built together), generic so the split is tested without WXT's objects. */
type Group<E> = E | E[];

/** Splits every multi-entrypoint build step into one step per entrypoint, in place (WXT's `entrypoints:grouped` hook). */
export function onePagePerBuild<E>(groups: Group<E>[]): void {
  const split = groups.flatMap((g): Group<E>[] => (Array.isArray(g) ? g.map((e: E) => [e]) : [g]));
  groups.splice(0, groups.length, ...split);
}
