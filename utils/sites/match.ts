import { channelDetects } from './detect';

const PATTERN = /^(\*|https?):\/\/(\*\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)\/\*$/;

/**
 * Converts a host-level match pattern such as *://*.nfra.gov.cn/* into a host
 * test. Anything else (paths, ports, bare "*" hosts, upper case) is refused, so
 * a malformed registry entry fails the tests rather than the user's browser.
 */
export function hostMatcher(pattern: string): (host: string, protocol?: string) => boolean {
  const m = PATTERN.exec(pattern);
  if (!m) throw new Error(`malformed match pattern: ${pattern}`);
  const scheme = m[1]!;
  const base = m[3]!;
  const anySub = Boolean(m[2]);
  return (host, protocol) => {
    // An https-only pattern must not match a plain-http page: a network
    // attacker could alter that page, and the panel inserts personal data.
    if (protocol !== undefined && scheme !== '*' && protocol !== `${scheme}:`) return false;
    const h = host.toLowerCase();
    return h === base || (anySub && h.endsWith(`.${base}`));
  };
}

/** The registry channel whose hosts include this URL's host, if any. */
export function channelForUrl(href: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  } catch {
    return undefined;
  }
  return channelDetects.find((c) => c.matches.some((p) => hostMatcher(p)(url.hostname, url.protocol)))?.id;
}
