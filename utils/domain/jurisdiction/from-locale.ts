import { JURISDICTIONS, type Jurisdiction } from '../../model/records';

/**
 * The default jurisdiction from the browser's *region* (zh-TW → Taiwan,
 * en-HK or zh-Hant-HK → Hong Kong, zh-CN → mainland), never from the script:
 * "zh-Hant" alone says nothing about where the user is, so it gives no
 * default and the user is asked. Only the three supported regions count.
 */
export function jurisdictionFromLocale(tags: readonly string[]): Jurisdiction | undefined {
  for (const tag of tags) {
    let region: string | undefined;
    try {
      region = new Intl.Locale(tag).region;
    } catch {
      continue;
    }
    if (region && (JURISDICTIONS as readonly string[]).includes(region)) return region as Jurisdiction;
  }
  return undefined;
}

export function parseJurisdiction(value: unknown): Jurisdiction | undefined {
  return (JURISDICTIONS as readonly unknown[]).includes(value) ? (value as Jurisdiction) : undefined;
}
