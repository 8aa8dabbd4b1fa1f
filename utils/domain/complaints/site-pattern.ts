import { channelForUrl } from '../../sites/match';

export type SitePatternResult = { ok: true; pattern: string; origin: string } | { ok: false; reason: 'invalid' | 'not-https' | 'registry' };

/**
 * Turns what the user typed (a complaint page's address, or a pattern) into
 * the narrowest pattern we request: that one https host, all its paths. A
 * registry host needs no extra permission, so it is refused with a reason.
 */
export function sitePattern(input: string): SitePatternResult {
  const raw = input.trim().replace(/\*$/, '');
  let u: URL;
  try {
    u = new URL(/^[a-z]+:\/\//i.test(raw) ? raw : `https://${raw}`);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (u.protocol !== 'https:') return { ok: false, reason: 'not-https' };
  const host = u.hostname.toLowerCase();
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) || u.username || u.password || u.port) return { ok: false, reason: 'invalid' };
  if (channelForUrl(`https://${host}/`)) return { ok: false, reason: 'registry' };
  return { ok: true, pattern: `https://${host}/*`, origin: `https://${host}` };
}
