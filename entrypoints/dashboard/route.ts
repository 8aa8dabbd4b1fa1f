/** Parses "#/agreements/abc?x=1" into its section id, subpath and query. */
export function parseRoute(hash: string): { section: string; subpath: string; params: URLSearchParams } {
  const raw = hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = raw.split('?');
  const [section = '', ...rest] = path.split('/');
  return { section, subpath: rest.join('/'), params: new URLSearchParams(query) };
}
