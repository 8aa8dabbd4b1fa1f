import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

export type NumberRegion = 'CN' | 'TW' | 'HK';

// Mainland service numbers are dialled as they are and are shared by a whole
// institution: 95xxx (banks, insurers, platforms), 106xxx (SMS gateways),
// 400/800 (company hotlines) and 1xxxx short codes (10086, 12368 …). They
// are no one's personal number and must stay digits, never become +86….
const SERVICE = /^(95\d{3,6}|96\d{3,6}|106\d{5,17}|400\d{7}|800\d{7}|1[0-2]\d{3,4})$/;
/** Android writes -1 / -2 / -3 for unknown, private and pay-phone callers. */
const WITHHELD = /^(-[1-4]|unknown|private|anonymous|未知号码|未知|私人号码|隐藏号码|隱藏號碼)$/i;

function strip(raw: string): string {
  return raw.trim().replace(/[\s\-().\u00a0\u3000]/g, '');
}

/** True for 95xxx / 106xxx / 400 / short codes, once any +86 / 0086 prefix is removed. */
export function isServiceNumber(raw: string): boolean {
  return SERVICE.test(strip(raw).replace(/^(\+86|0086)/, ''));
}

export function isWithheld(raw: string): boolean {
  const s = raw.trim();
  return strip(s) === '' || WITHHELD.test(s.replace(/\s/g, ''));
}

/**
 * One spelling per number: E.164 for personal numbers of the region (or an
 * international one written with +/00), service numbers as bare digits,
 * '' for withheld callers. Anything libphonenumber cannot read comes back as
 * its digits (a leading + kept) so that two spellings of an odd number still
 * meet; `numberProblem` says whether it was odd.
 */
export function normalizeNumber(raw: string, region: NumberRegion): string {
  // A call log repeats the same few hundred numbers tens of thousands of times,
  // and libphonenumber's parse is the slow part of an import: remember answers.
  const key = `${region}|${raw}`;
  let n = memo.get(key);
  if (n === undefined) {
    n = normalizeOnce(raw, region);
    if (memo.size >= MAX_MEMO) memo.clear();
    memo.set(key, n);
  }
  return n;
}

const memo = new Map<string, string>();
const MAX_MEMO = 20_000;

function normalizeOnce(raw: string, region: NumberRegion): string {
  if (isWithheld(raw)) return '';
  const s = strip(raw);
  const national = s.replace(/^(\+86|0086)/, '');
  if (SERVICE.test(national)) return national;
  const candidate = s.startsWith('00') ? `+${s.slice(2)}` : s;
  const parsed = parsePhoneNumberFromString(candidate, region as CountryCode);
  if (parsed?.isValid()) return parsed.number;
  const digits = candidate.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return digits;
}

/** Why a number cannot be trusted as written: undefined when it normalises cleanly. */
export function numberProblem(raw: string, region: NumberRegion): 'withheld' | 'odd' | undefined {
  if (isWithheld(raw)) return 'withheld';
  const s = strip(raw);
  if (/[^\d+]/.test(s)) return 'odd';
  const n = normalizeNumber(raw, region);
  if (SERVICE.test(n)) return undefined;
  return n.startsWith('+') && parsePhoneNumberFromString(n)?.isValid() ? undefined : 'odd';
}
