import { wallClockText as localText } from '../time/wall-clock';
import Papa from 'papaparse';
import type { Agreement, Contact, Installment, Lender } from '../../model/records';
import type { Locale } from '../../i18n/locales';
import { translate } from '../../i18n/translate';

/** Spreadsheet programs read a UTF-8 file as the local code page unless it starts with a BOM. */
export const BOM = '\ufeff';

/**
 * A cell that starts with = + - @ (or tab / CR, which Excel skips before them)
 * is run as a formula by spreadsheet programs: a collector's "=HYPERLINK(…)"
 * must stay text. The leading apostrophe makes it text and is not shown.
 * (papaparse's escapeFormulae misses cells that contain a line break.)
 * Spreadsheets also skip leading spaces (incl. no-break and ideographic) and
 * invisible characters (zero-width space/joiners, word joiner, BOM), and some
 * fold the full-width signs ＝＋－＠ to ASCII: any mix of those in front of a
 * formula sign is neutralised too.
 */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;
const HIDDEN_FORMULA = /^[\s\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff＝＋－＠]+[=+\-@＝＋－＠]/;

export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) || HIDDEN_FORMULA.test(value) ? `'${value}` : value;
}

export function toCsv(header: string[], rows: string[][]): string {
  const data = rows.map((r) => r.map(neutralizeCell));
  return BOM + Papa.unparse({ fields: header.map(neutralizeCell), data }, { newline: '\r\n', quotes: true });
}

/** Wall-clock time where the contact happened: "2026-03-07 22:15 (UTC+08:00)". */
export function wallClockText(at: number, tzOffsetMin: number): string {
  const sign = tzOffsetMin < 0 ? '-' : '+';
  const abs = Math.abs(tzOffsetMin);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${localText({ at, tzOffsetMin })} (UTC${sign}${hh}:${mm})`;
}

/** Fen as a plain decimal number of yuan, so spreadsheets can sum it. */
export function yuanText(fen: number): string {
  return (fen / 100).toFixed(2);
}

function agreementLabel(a: Agreement | undefined): string {
  return a ? [a.product, a.accountRef, a.negotiatedOn].filter(Boolean).join(' ') : '';
}

export interface CsvData {
  lenders: readonly Lender[];
  agreements: readonly Agreement[];
}

export function contactsCsv(contacts: readonly Contact[], data: CsvData, locale: Locale): string {
  const tr = (k: string) => translate(locale, k);
  const lenders = new Map(data.lenders.map((l) => [l.id, l]));
  const agreements = new Map(data.agreements.map((a) => [a.id, a]));
  const cols = [
    'time',
    'channel',
    'direction',
    'connected',
    'lender',
    'agreement',
    'who',
    'staffId',
    'phone',
    'agency',
    'party',
    'flags',
    'thirdParties',
    'summary',
  ];
  const rows = [...contacts]
    .sort((a, b) => a.at - b.at)
    .map((c) => [
      wallClockText(c.at, c.tzOffsetMin),
      tr(`contact.channel.${c.channel}`),
      tr(`contact.direction.${c.direction}`),
      // "Connected" means something only for calls: an SMS or a letter is blank, not "yes".
      c.channel === 'call' || c.channel === 'missed-call' ? tr(c.connected ? 'report.yes' : 'report.no') : '',
      lenders.get(c.lenderId ?? '')?.name ?? '',
      agreementLabel(agreements.get(c.agreementId ?? '')),
      c.person.name,
      c.person.staffId,
      c.person.phone,
      c.person.agency,
      tr(`contact.party.${c.person.party}`),
      c.flags.map((f) => tr(`contact.flag.${f}`)).join('; '),
      c.thirdParties,
      c.summary,
    ]);
  return toCsv(
    cols.map((c) => tr(`report.col.${c}`)),
    rows,
  );
}

/** `today` is the user's calendar date (ISO), which decides "overdue". */
export function installmentsCsv(installments: readonly Installment[], data: CsvData, locale: Locale, today: string): string {
  const tr = (k: string) => translate(locale, k);
  const agreements = new Map(data.agreements.map((a) => [a.id, a]));
  const lenders = new Map(data.lenders.map((l) => [l.id, l]));
  const cols = ['lender', 'agreement', 'seq', 'due', 'amount', 'paid', 'paidOn', 'status', 'note'];
  const rows = [...installments]
    .sort((a, b) => a.agreementId.localeCompare(b.agreementId) || a.seq - b.seq)
    .map((i) => {
      const a = agreements.get(i.agreementId);
      return [
        lenders.get(a?.lenderId ?? '')?.name ?? '',
        agreementLabel(a),
        String(i.seq),
        i.dueDate,
        yuanText(i.amountFen),
        i.paidFen !== undefined ? yuanText(i.paidFen) : '',
        i.paidOn ?? '',
        tr(`report.status.${installmentState(i, today)}`),
        i.note ?? '',
      ];
    });
  return toCsv(
    cols.map((c) => tr(`report.col.${c}`)),
    rows,
  );
}

/** The same rule as planStatus: paid when what was paid covers the amount; due today is not overdue. */
export function installmentState(i: Installment, today: string): 'paid' | 'overdue' | 'open' {
  if (i.paidOn !== undefined && (i.paidFen ?? 0) >= i.amountFen) return 'paid';
  return i.dueDate < today ? 'overdue' : 'open';
}
