import type { Locale } from './locales';

/**
 * Declares one feature's strings in all three languages at once. The type
 * requires every language to have exactly the same keys, so a missing
 * translation is a compile error (and the parity test catches it at run time).
 */
export function defineMessages<K extends string>(messages: Record<Locale, Record<K, string>>): Record<Locale, Record<K, string>> {
  return messages;
}
