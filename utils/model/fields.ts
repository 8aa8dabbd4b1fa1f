import * as v from 'valibot';

// Shared field schemas. Every record and every RPC input is built from these,
// so limits (string sizes, money ranges, date formats) live in one place.

export const MAX_SHORT = 200;
export const MAX_TEXT = 20_000;
/** ¥100,000,000 in fen: far above any consumer loan, low enough to stay an exact integer. */
export const MAX_FEN = 10_000_000_000;

export const id = v.pipe(v.string(), v.minLength(1), v.maxLength(64), v.regex(/^[A-Za-z0-9_-]+$/));
export const shortText = v.pipe(v.string(), v.maxLength(MAX_SHORT));
export const longText = v.pipe(v.string(), v.maxLength(MAX_TEXT));
/** Money is always integer fen (1/100 yuan), never floating yuan. */
export const fen = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_FEN));
export const positiveFen = v.pipe(fen, v.minValue(1));
/** Epoch milliseconds between 2000-01-01 and 2200-01-01: rejects year 10000 and NaN. */
export const timestamp = v.pipe(v.number(), v.integer(), v.minValue(Date.UTC(2000, 0, 1)), v.maxValue(Date.UTC(2200, 0, 1)));
/** A calendar date with no time zone (due dates, negotiation dates). */
export const isoDate = v.pipe(
  v.string(),
  v.regex(/^(20\d\d|21\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/),
  v.check((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'not a real calendar date'),
);
export const sha256Hex = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/));
export const url = v.pipe(v.string(), v.maxLength(2048));
/**
 * An address the UI may show or open: empty, or an absolute http(s) URL. A
 * `javascript:` or `data:` address is never stored, whichever way it arrives
 * (RPC or restore).
 */
export const webUrl = v.pipe(
  url,
  v.check((s) => s === '' || isWebUrl(s), 'not an http(s) address'),
);

export function isWebUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * A list with a maximum length whose repeated items are dropped (a flag ticked
 * twice means the same as once). The limit keeps every record far below the
 * backup's 16 MB frame limit.
 */
export function uniqueList<T extends v.GenericSchema>(item: T, max: number) {
  return v.pipe(
    v.array(item),
    v.maxLength(max),
    v.transform((list: v.InferOutput<T>[]) => [...new Set(list)]),
  );
}

export function stringEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return v.picklist(values);
}
