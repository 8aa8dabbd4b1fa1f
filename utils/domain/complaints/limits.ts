/**
 * Character and file-size limits a complaint page states in words, not in
 * attributes: counters ("0/500"), hints ("不超过300字", "限500字以内",
 * "at most 2,000 characters"), upload rules ("单个文件不超过5M", "max 10 MB").
 * Minimums ("不少于20字") are not limits and are ignored.
 */
const num = (s: string) => Number(s.replace(/[,，]/g, ''));

const COUNTER = /^\s*\d[\d,]*\s*\/\s*(\d[\d,]*)\s*$/;
const CHAR_LIMITS = [
  // "超过" also covers 不超过 / 不得超过.
  /(?:超过|超過|不多于|不多於|最多|至多|上限|限)\s*(\d[\d,，]*)\s*[个個]?\s*(?:[汉漢]|中文)?(?:字符|字元|字)/,
  /(\d[\d,，]*)\s*[个個]?\s*(?:字符|字元|字)\s*[以之][内內]/,
  /(?:at most|up to|max(?:imum)?(?: of)?\.?|no more than|not (?:to )?exceed(?:ing)?|limit(?:ed)? to)\s*(\d[\d,]*)\s*(?:characters|chars|words)/i,
  /(\d[\d,]*)\s*(?:characters|chars)\s*(?:max|or (?:less|fewer)|limit)/i,
];

/** The counter's maximum when the text is only a counter such as "0/500" or "12 / 2,000". */
export function counterLimit(text: string): number | undefined {
  const m = COUNTER.exec(text);
  return m ? num(m[1]!) : undefined;
}

/** A character limit stated in a hint or help text; the smallest one when several are stated. */
export function textLimit(text: string): number | undefined {
  const found = CHAR_LIMITS.map((re) => re.exec(text))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => num(m[1]!));
  const ok = found.filter((n) => Number.isInteger(n) && n > 0 && n < 1_000_000);
  return ok.length ? Math.min(...ok) : undefined;
}

const SIZE =
  /(?:超过|超過|大于|大於|小于|小於|最大|上限|限|≤|at most|up to|max(?:imum)?\.?|no (?:more|larger) than|under|less than)\s*(\d+(?:\.\d+)?)\s*([kmg])i?b?(?![a-z])/i;
const UNIT: Record<string, number> = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** A per-file size limit in bytes stated near an upload field ("单个文件不超过5M", "max 10 MB"). */
export function fileSizeLimit(text: string): number | undefined {
  const m = SIZE.exec(text);
  if (!m) return undefined;
  const bytes = Math.round(Number(m[1]) * UNIT[m[2]!.toLowerCase()]!);
  return bytes > 0 ? bytes : undefined;
}
