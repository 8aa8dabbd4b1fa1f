import { normalizeNumber, type NumberRegion } from '../phone/normalize';

/**
 * The key calls are counted under "per number": the number's one spelling
 * from utils/domain/phone/normalize.ts (E.164 for personal numbers, bare
 * digits for service numbers such as 95xxx), so "+86 138-0013-8000",
 * "0086 13800138000" and "13800138000" are one number, as they are in the
 * import and the number book. Empty when no number was recorded or the
 * caller was withheld: such calls cannot be told apart by number. The
 * per-number count is a mainland rule (banking association guideline), so
 * numbers without a country code are read as mainland ones.
 */
export function numberKey(raw: string, region: NumberRegion = 'CN'): string {
  return normalizeNumber(raw, region);
}
