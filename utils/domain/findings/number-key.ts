/**
 * The key calls are counted under "per number": digits only, with the
 * mainland country prefix (+86 / 0086) stripped, so "+86 138-0013-8000" and
 * "13800138000" are one number. Empty when no number was recorded.
 * The integrator points this at utils/domain/phone/normalize.ts (E.164).
 */
export function numberKey(raw: string): string {
  let d = raw.replace(/\D/g, '');
  if (raw.trim().startsWith('+86')) d = d.slice(2);
  else if (d.startsWith('0086')) d = d.slice(4);
  return d;
}
