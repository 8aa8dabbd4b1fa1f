import { channels } from './index';

/** Converts a match pattern such as *://*.nfra.gov.cn/* into a host test. */
export function hostMatcher(pattern: string): (host: string) => boolean {
  const m = /^(\*|https?):\/\/(\*\.)?([^/*]+)\/.*$/.exec(pattern);
  if (!m) throw new Error(`malformed match pattern: ${pattern}`);
  const base = m[3]!.toLowerCase();
  const anySub = Boolean(m[2]);
  return (host) => {
    const h = host.toLowerCase();
    return h === base || (anySub && h.endsWith(`.${base}`));
  };
}

/** The registry channel whose hosts include this URL's host, if any. */
export function channelForUrl(href: string): string | undefined {
  let host: string;
  try {
    const u = new URL(href);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
    host = u.hostname;
  } catch {
    return undefined;
  }
  return channels.find((c) => c.matches.some((p) => hostMatcher(p)(host)))?.id;
}
