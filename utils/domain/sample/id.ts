/** Every sample record's id starts with this, so "remove sample data" can never touch the user's own records. */
export const SAMPLE_ID_PREFIX = 'sample-';

/** Tiny on purpose: the popup imports it (through separate.ts) and must not load the sample texts. */
export function isSampleId(value: string | undefined): boolean {
  return value !== undefined && value.startsWith(SAMPLE_ID_PREFIX);
}
