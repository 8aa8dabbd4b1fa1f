import { channelDetects } from './detect';

const PATTERN = /^(\*|https?):\/\/(\*\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)\/\*$/;

/**
 * Converts a host-level match pattern such as *://*.nfra.gov.cn/* into a host
 * test. Anything else (paths, ports, bare "*" hosts, upper case) is refused, so
 * a malformed registry entry fails the tests rather than the user's browser.
 */
export function hostMatcher(pattern: string): (host: string) => boolean {
  const m = PATTERN.exec(pattern);
  if (!m) throw new Error(`malformed match pattern: ${pattern}`);
  const base = m[3]!;
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
  return channelDetects.find((c) => c.matches.some((p) => hostMatcher(p)(host)))?.id;
}
