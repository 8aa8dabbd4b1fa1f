import type { ImportLink } from '../../model/import-records';
import { MAX_TEXT } from '../../model/fields';
import type { Contact, ContactFlag } from '../../model/records';
import { normalizeNumber, type NumberRegion } from '../phone/normalize';
import type { GroupDecision } from './number-groups';
import type { ImportIssue, ImportedRecord } from './types';

// From parsed records and the user's decisions to what the import writes:
// new contacts, manual entries recognised as the same call or message, and
// what the preview says (per lender per month, duplicates, date range).
// Pure: the caller reads the existing contacts of the date range and writes
// the result in one transaction.

const MINUTE = 60_000;

export interface ExistingContact extends Pick<Contact, 'id' | 'at' | 'direction' | 'channel' | 'lenderId'> {
  phone: string;
  /** Already linked to an import (a second import of the same call adds nothing). */
  linked: boolean;
}

export interface PlanInput {
  records: readonly ImportedRecord[];
  region: NumberRegion;
  decisions: ReadonlyMap<string, GroupDecision>;
  existing: readonly ExistingContact[];
  /** Flags the user confirmed, by record position. */
  flags: ReadonlyMap<number, readonly ContactFlag[]>;
  tzOffsetMin: (at: number) => number;
  newId: () => string;
  now: number;
}

export interface MonthRow {
  /** lenderId, else the agency's name, else '' (unassigned). */
  lender: string;
  month: string;
  calls: number;
  sms: number;
  duplicates: number;
}

export interface ImportPlan {
  contacts: Contact[];
  /** Links for new contacts and for manual entries the import recognised (contactId set). */
  links: Omit<ImportLink, 'importId'>[];
  /** Manual entries that get the lender or number the import knows and they lacked. */
  patches: { id: string; lenderId?: string; phone?: string }[];
  duplicates: number;
  merged: number;
  excluded: number;
  duplicateRows: ImportIssue[];
  months: MonthRow[];
  from?: number;
  to?: number;
}

const voice = (channel: string) => (channel === 'sms' ? 'sms' : channel === 'call' || channel === 'missed-call' ? 'voice' : channel);
const keyOf = (phone: string, at: number, direction: string, cls: string) => `${phone}|${Math.floor(at / MINUTE)}|${direction}|${cls}`;
const rowKey = (r: ImportedRecord) =>
  `${r.number}|${r.at}|${r.direction}|${r.kind}|${r.callType ?? ''}|${r.duration ?? ''}|${r.body ?? ''}`;

function monthOf(at: number, offset: number): string {
  const d = new Date(at + offset * MINUTE);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

function toContact(r: ImportedRecord, phone: string, d: GroupDecision | undefined, input: PlanInput): Contact {
  const missed = r.kind === 'call' && r.callType !== 1 && r.callType !== 2;
  return {
    id: input.newId(),
    at: r.at,
    ...(d?.lenderId ? { lenderId: d.lenderId } : {}),
    channel: r.kind === 'sms' ? 'sms' : missed ? 'missed-call' : 'call',
    direction: r.direction,
    connected: r.kind === 'call' && (r.callType === 1 || (r.callType === 2 && (r.duration ?? 0) > 0)),
    person: {
      name: (r.name || r.sender || '').slice(0, 200),
      staffId: '',
      phone: phone.slice(0, 200),
      agency: (d?.agency ?? '').slice(0, 200),
      party: d && d.party !== 'personal' ? d.party : 'unknown',
    },
    summary: (r.body ?? '').slice(0, MAX_TEXT),
    flags: [...(input.flags.get(r.position) ?? [])],
    thirdParties: '',
    tzOffsetMin: input.tzOffsetMin(r.at),
    createdAt: input.now,
    updatedAt: input.now,
  };
}

export function planImport(input: PlanInput): ImportPlan {
  const pool = new Map<string, ExistingContact[]>();
  for (const e of input.existing) {
    const k = keyOf(e.phone, e.at, e.direction, voice(e.channel));
    (pool.get(k) ?? pool.set(k, []).get(k)!).push(e);
  }
  const plan: ImportPlan = { contacts: [], links: [], patches: [], duplicates: 0, merged: 0, excluded: 0, duplicateRows: [], months: [] };
  const seenRows = new Map<string, number>();
  const months = new Map<string, MonthRow>();
  for (const r of input.records) {
    const first = seenRows.get(rowKey(r));
    if (first !== undefined) {
      plan.duplicateRows.push({
        messageKey: 'import.issue.duplicateRow',
        message: `record ${r.position} repeats record ${first}`,
        position: r.position,
        ...(r.line ? { line: r.line } : {}),
        params: { record: r.position, first },
      });
      continue;
    }
    seenRows.set(rowKey(r), r.position);
    const phone = normalizeNumber(r.number, input.region);
    const d = input.decisions.get(phone);
    if (d && !d.include) {
      plan.excluded++;
      continue;
    }
    const offset = input.tzOffsetMin(r.at);
    const lender = d?.lenderId ?? d?.agency ?? '';
    const mk = `${lender}|${monthOf(r.at, offset)}`;
    let m = months.get(mk);
    if (!m) months.set(mk, (m = { lender, month: monthOf(r.at, offset), calls: 0, sms: 0, duplicates: 0 }));
    const link = {
      position: r.position,
      ...(r.line ? { line: r.line } : {}),
      ...(r.kind === 'call' ? { callType: r.callType!, duration: Math.round(r.duration ?? 0) } : {}),
    };
    const same = pool.get(keyOf(phone, r.at, r.direction, r.kind === 'sms' ? 'sms' : 'voice'));
    const match = same?.shift();
    if (match) {
      m.duplicates++;
      plan.duplicates++;
      if (!match.linked) {
        // A manual entry of the same call: it stays the one record and gains the link to the file.
        plan.merged++;
        plan.links.push({ contactId: match.id, ...link });
        const patch = {
          id: match.id,
          ...(!match.lenderId && d?.lenderId ? { lenderId: d.lenderId } : {}),
          ...(!match.phone && phone ? { phone } : {}),
        };
        if (Object.keys(patch).length > 1) plan.patches.push(patch);
      }
      continue;
    }
    const c = toContact(r, phone, d, input);
    plan.contacts.push(c);
    plan.links.push({ contactId: c.id, ...link });
    if (r.kind === 'sms') m.sms++;
    else m.calls++;
    plan.from = Math.min(plan.from ?? r.at, r.at);
    plan.to = Math.max(plan.to ?? r.at, r.at);
  }
  plan.months = [...months.values()].sort((a, b) => a.month.localeCompare(b.month) || a.lender.localeCompare(b.lender));
  return plan;
}
