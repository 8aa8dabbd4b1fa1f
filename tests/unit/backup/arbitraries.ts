import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { isWebUrl } from '@/utils/model/fields';
import * as r from '@/utils/model/records';
import { IMPORT_ENCODINGS, IMPORT_FORMATS, NUMBER_PARTIES } from '@/utils/model/import-records';
import { MAX_FEN } from '@/utils/model/fields';
import type { BackupRows } from '@/utils/domain/backup/tables';

// Generators of valid records for every table: Chinese, emoji, lone
// surrogates, empty strings, optional fields present and absent, Blobs.

const idArb = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);
const cjk = fc.constantFrom('张三', '借呗逾期', '說不還就上門', '😡🙏', '', ' ', '\n', '"quoted", comma', '=SUM(A1)');
const text = (max: number) =>
  fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: Math.floor(max / 8) }),
    fc.string({ unit: 'binary', maxLength: Math.floor(max / 4) }),
    cjk,
  );
const shortText = text(200);
const longText = text(2000);
const ts = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2200, 0, 1) });
const isoDate = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2199, 11, 31) }).map((ms) => new Date(ms).toISOString().slice(0, 10));
const fen = fc.integer({ min: 0, max: MAX_FEN });
const sha = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => [...b].map((x) => x.toString(16).padStart(2, '0')).join(''));

type Row = Record<string, unknown>;
function opt(model: Record<string, fc.Arbitrary<unknown>>, required: string[]): fc.Arbitrary<Row> {
  return fc.record(model, { requiredKeys: required as never }) as fc.Arbitrary<Row>;
}

export const lenderArb = opt(
  {
    id: idArb,
    name: shortText.filter((s) => s.length > 0),
    kind: fc.constantFrom(...r.LENDER_KINDS),
    catalogId: shortText,
    hotline: shortText,
    complaintUrl: shortText,
    notes: longText,
    createdAt: ts,
    updatedAt: ts,
  },
  ['id', 'name', 'kind', 'createdAt', 'updatedAt'],
);

export const agreementArb = fc.record({
  id: idArb,
  lenderId: idArb,
  product: shortText,
  accountRef: shortText,
  negotiatedOn: isoDate,
  negotiatedVia: fc.constantFrom(...r.NEGOTIATION_CHANNELS),
  counterpart: fc.record({ name: shortText, staffId: shortText, phone: shortText }),
  lenderRef: shortText,
  terms: fc.record({ owedBeforeFen: fen, totalToRepayFen: fen, waivedInterestFen: fen, waivedPenaltyFen: fen, waivedFeesFen: fen }),
  promises: fc.record({
    stopCollection: fc.boolean(),
    noThirdPartyContact: fc.boolean(),
    creditReport: fc.constantFrom(...r.CREDIT_REPORT_PROMISES),
    noNewPenalties: fc.boolean(),
    other: longText,
  }),
  status: fc.constantFrom(...r.AGREEMENT_STATUSES),
  cardPlanItems: fc.subarray([...r.CARD_PLAN_ITEMS]),
  kit: fc.record({
    documents: fc.array(fc.record({ doc: fc.constantFrom(...r.KIT_DOCUMENTS), ready: fc.boolean(), note: shortText }), { maxLength: 3 }),
    talkingNotes: longText,
  }),
  notes: longText,
  createdAt: ts,
  updatedAt: ts,
});

export const installmentArb = opt(
  {
    id: idArb,
    agreementId: idArb,
    seq: fc.integer({ min: 1, max: 600 }),
    dueDate: isoDate,
    amountFen: fen,
    paidOn: isoDate,
    paidFen: fen,
    proofEvidenceId: idArb,
    note: shortText,
  },
  ['id', 'agreementId', 'seq', 'dueDate', 'amountFen'],
);

export const contactArb = opt(
  {
    id: idArb,
    at: ts,
    lenderId: idArb,
    agreementId: idArb,
    channel: fc.constantFrom(...r.CONTACT_CHANNELS),
    direction: fc.constantFrom('incoming' as const, 'outgoing' as const),
    connected: fc.boolean(),
    person: fc.record({
      name: shortText,
      staffId: shortText,
      phone: shortText,
      agency: shortText,
      party: fc.constantFrom(...r.CONTACT_PARTIES),
    }),
    summary: longText,
    flags: fc.subarray([...r.CONTACT_FLAGS]),
    thirdParties: shortText,
    tzOffsetMin: fc.integer({ min: -840, max: 840 }),
    createdAt: ts,
    updatedAt: ts,
  },
  ['id', 'at', 'channel', 'direction', 'connected', 'person', 'summary', 'flags', 'thirdParties', 'tzOffsetMin', 'createdAt', 'updatedAt'],
);

const mime = fc.constantFrom('image/png', 'audio/mpeg', 'application/pdf', '');
export const evidenceArb = fc
  .tuple(
    opt(
      {
        id: idArb,
        ownerType: fc.constantFrom(...r.EVIDENCE_OWNERS),
        ownerId: idArb,
        name: shortText,
        mime,
        sha256: sha,
        source: fc.record({ url: shortText, title: shortText }),
        capturedAt: ts,
        note: shortText,
        createdAt: ts,
      },
      ['id', 'name', 'mime', 'sha256', 'capturedAt', 'createdAt'],
    ),
    fc.uint8Array({ maxLength: 3000 }),
  )
  .map(([e, bytes]): Row => ({
    ...e,
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    blob: new Blob([bytes], { type: String(e.mime) }),
  }));

export const complaintArb = opt(
  {
    id: idArb,
    channelId: shortText,
    lenderId: idArb,
    agreementId: idArb,
    url: shortText,
    createdAt: ts,
    submittedAt: ts,
    referenceNo: shortText,
    status: fc.constantFrom(...r.COMPLAINT_STATUSES),
    answerDue: isoDate,
    sections: fc.dictionary(fc.constantFrom('identity', 'facts', 'demands', '事实'), longText),
    contactIds: fc.array(idArb, { maxLength: 3 }),
    notes: longText,
    updatedAt: ts,
  },
  ['id', 'channelId', 'url', 'createdAt', 'referenceNo', 'status', 'sections', 'contactIds', 'notes', 'updatedAt'],
);

export const reminderArb = opt(
  {
    id: idArb,
    key: shortText,
    kind: fc.constantFrom(...r.REMINDER_KINDS),
    targetType: fc.constantFrom('installment' as const, 'agreement' as const, 'complaint' as const, 'backup' as const),
    targetId: shortText,
    fireAt: ts,
    text: shortText,
    done: fc.boolean(),
    firedAt: ts,
    createdAt: ts,
  },
  ['id', 'key', 'kind', 'targetType', 'targetId', 'fireAt', 'text', 'done', 'createdAt'],
);

export const userSiteArb = opt(
  { id: idArb, pattern: shortText.filter((s) => s.length > 0), label: shortText, lenderId: idArb, createdAt: ts },
  ['id', 'pattern', 'label', 'createdAt'],
);

// JSON has no -0, so the generator folds it into 0.
export const settingArb = fc.record({
  key: shortText.filter((s) => s.length > 0),
  value: fc.oneof(
    shortText,
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x)),
    fc.boolean(),
    fc.constant(null),
  ),
});

/** Screenshot text (records version 5): with and without the machine's line boxes. */
const px = fc.integer({ min: 0, max: 100_000 });
export const ocrTextArb = opt(
  {
    id: idArb,
    text: longText,
    machine: fc.boolean(),
    langs: shortText,
    confidence: fc.integer({ min: 0, max: 100 }),
    lines: fc.array(fc.record({ text: shortText, x0: px, y0: px, x1: px, y1: px }), { maxLength: 4 }),
    width: px,
    contactIds: fc.array(idArb, { maxLength: 3 }),
    readAt: ts,
    updatedAt: ts,
  },
  ['id', 'text', 'machine', 'langs', 'confidence', 'contactIds', 'readAt', 'updatedAt'],
);

/** Imported call-log / SMS files (records version 7): the file's bytes, its hash, and links into it. */
const count = fc.integer({ min: 0, max: 100_000 });
export const importArb = fc
  .tuple(
    opt(
      {
        id: idArb,
        name: shortText,
        format: fc.constantFrom(...IMPORT_FORMATS),
        encoding: fc.constantFrom(...IMPORT_ENCODINGS),
        importedAt: ts,
        added: count,
        merged: count,
        from: ts,
        to: ts,
      },
      ['id', 'name', 'format', 'encoding', 'importedAt', 'added', 'merged'],
    ),
    fc.uint8Array({ maxLength: 3000 }),
    fc.constantFrom('', 'text/csv', 'text/plain'),
  )
  .map(([row, bytes, type]): Row => ({
    ...row,
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    blob: new Blob([bytes], { type }),
  }));

export const importLinkArb = opt(
  {
    contactId: idArb,
    importId: idArb,
    position: fc.integer({ min: 1, max: 70_000 }),
    line: fc.integer({ min: 1, max: 1_000_000 }),
    callType: fc.integer({ min: 1, max: 6 }),
    duration: count,
  },
  ['contactId', 'importId', 'position'],
);

export const numberBookArb = opt(
  {
    number: fc.constantFrom('+8613800138000', '+886912345678', '+85291234567', '95188', '1069012345', '+8618612345678'),
    lenderId: idArb,
    agency: shortText,
    party: fc.constantFrom(...NUMBER_PARTIES),
    updatedAt: ts,
  },
  ['number', 'agency', 'party', 'updatedAt'],
);

const byId = { selector: (x: Row) => String(x.id) };
/** Records as generated, each valid alone; links and rules across records are not yet respected. */
export const rawRowsArb: fc.Arbitrary<BackupRows> = fc.record({
  lenders: fc.uniqueArray(lenderArb, { ...byId, maxLength: 4 }),
  agreements: fc.uniqueArray(agreementArb as fc.Arbitrary<Row>, { ...byId, maxLength: 3 }),
  installments: fc.uniqueArray(installmentArb, { ...byId, maxLength: 5 }),
  contacts: fc.uniqueArray(contactArb, { ...byId, maxLength: 6 }),
  evidence: fc.uniqueArray(evidenceArb, { ...byId, maxLength: 3 }),
  complaints: fc.uniqueArray(complaintArb, { ...byId, maxLength: 2 }),
  reminders: fc.uniqueArray(reminderArb, { selector: (x: Row) => `${String(x.id)}\u0000${String(x.key)}`, maxLength: 3 }).map((a) =>
    dedupe(
      a,
      (x) => String(x.id),
      (x) => String(x.key),
    ),
  ),
  userSites: fc.uniqueArray(userSiteArb, { ...byId, maxLength: 2 }).map((a) =>
    dedupe(
      a,
      (x) => String(x.id),
      (x) => String(x.pattern),
    ),
  ),
  settings: fc.uniqueArray(settingArb, { selector: (x) => x.key, maxLength: 3 }),
  ocrTexts: fc.uniqueArray(ocrTextArb, { ...byId, maxLength: 2 }),
  // One SHA-256 per file (`&sha256`): the same bytes twice are one import.
  imports: fc.uniqueArray(importArb, { ...byId, maxLength: 3 }).map((a) =>
    dedupe(
      a,
      (x) => String(x.id),
      (x) => String(x.sha256),
    ),
  ),
  importLinks: fc.array(importLinkArb, { maxLength: 5 }),
  numberBook: fc.uniqueArray(numberBookArb, { selector: (x) => String(x.number), maxLength: 3 }),
}) as unknown as fc.Arbitrary<BackupRows>;

/** The latest contact time the generators produce: restores refuse contacts in the future. */
export const LATEST_CONTACT = Date.UTC(2026, 0, 1);

/**
 * Makes generated rows obey the repositories' rules across records (what a
 * real database holds): required links re-pointed at a record that exists
 * (or the record dropped when there is none), optional links that dangle
 * removed, a contact's lender taken from its agreement, contacts not in the
 * future, addresses http(s), user sites one https host. Idempotent, so it can
 * also repair a merge of several samples.
 */
export function consistent(input: BackupRows): BackupRows {
  const rows = structuredClone(input) as unknown as Record<keyof BackupRows, Row[]>;
  const ids = (t: keyof BackupRows) => new Set(rows[t].map((r) => String(r.id)));
  const pick = (list: Row[], i: number) => String(list[i % list.length]!.id);
  const dropLink = (r: Row, field: string, set: Set<string>) => {
    if (r[field] !== undefined && !set.has(String(r[field]))) delete r[field];
  };
  for (const l of rows.lenders) if (l.complaintUrl !== undefined && !isWebUrl(String(l.complaintUrl))) delete l.complaintUrl;
  const lenders = ids('lenders');
  rows.agreements =
    rows.lenders.length === 0
      ? []
      : rows.agreements.map((a, i) => (lenders.has(String(a.lenderId)) ? a : { ...a, lenderId: pick(rows.lenders, i) }));
  const agreements = ids('agreements');
  const lenderOf = new Map(rows.agreements.map((a) => [String(a.id), a.lenderId]));
  rows.installments =
    rows.agreements.length === 0
      ? []
      : rows.installments.map((x, i) => (agreements.has(String(x.agreementId)) ? x : { ...x, agreementId: pick(rows.agreements, i) }));
  const installments = ids('installments');
  for (const c of rows.contacts) {
    c.at = Math.min(Number(c.at), LATEST_CONTACT);
    dropLink(c, 'lenderId', lenders);
    dropLink(c, 'agreementId', agreements);
    if (c.agreementId !== undefined) c.lenderId = lenderOf.get(String(c.agreementId));
  }
  const contacts = ids('contacts');
  for (const k of rows.complaints) {
    dropLink(k, 'lenderId', lenders);
    dropLink(k, 'agreementId', agreements);
    if (!isWebUrl(String(k.url))) k.url = '';
  }
  const complaints = ids('complaints');
  const owners: Record<string, Set<string>> = {
    contact: contacts,
    agreement: agreements,
    complaint: complaints,
    installment: installments,
  };
  for (const e of rows.evidence) {
    if (e.ownerType === undefined || e.ownerId === undefined || !owners[String(e.ownerType)]!.has(String(e.ownerId))) {
      delete e.ownerType;
      delete e.ownerId;
    }
  }
  const evidence = ids('evidence');
  for (const x of rows.installments) dropLink(x, 'proofEvidenceId', evidence);
  const targets: Record<string, Set<string>> = { installment: installments, agreement: agreements, complaint: complaints };
  for (const r of rows.reminders)
    if (targets[String(r.targetType)] && !targets[String(r.targetType)]!.has(String(r.targetId))) r.targetType = 'backup';
  // Links into an imported file point at an import of the backup; a number's lender exists.
  // (Rows shaped like an older schema have no import tables: left as they are.)
  if (rows.importLinks)
    rows.importLinks =
      rows.imports.length === 0
        ? []
        : dedupe(
            rows.importLinks.map((l, i) => (ids('imports').has(String(l.importId)) ? l : { ...l, importId: pick(rows.imports, i) })),
            (l) => `${String(l.importId)}#${String(l.position)}`,
          );
  for (const n of rows.numberBook ?? []) dropLink(n, 'lenderId', lenders);
  const patterns = new Set(rows.userSites.map((s) => String(s.pattern)));
  rows.userSites.forEach((s, i) => {
    dropLink(s, 'lenderId', lenders);
    if (!/^https:\/\/[a-z0-9-]+(\.[a-z0-9-]+)+\/\*$/.test(String(s.pattern))) {
      let n = i;
      while (patterns.has(`https://site${n}.example.org/*`)) n += 1;
      const pattern = `https://site${n}.example.org/*`;
      s.pattern = pattern;
      patterns.add(pattern);
    }
  });
  return rows as unknown as BackupRows;
}

/** Generated rows that a database could hold (see consistent). */
export const rowsArb: fc.Arbitrary<BackupRows> = rawRowsArb.map(consistent);

function dedupe<T>(list: T[], ...keys: Array<(x: T) => string>): T[] {
  const seen = keys.map(() => new Set<string>());
  return list.filter((x) => {
    if (keys.some((k, i) => seen[i]!.has(k(x)))) return false;
    keys.forEach((k, i) => seen[i]!.add(k(x)));
    return true;
  });
}

/** Rows with evidence and import Blobs replaced by their bytes, for deep equality. */
export async function comparable(rows: BackupRows): Promise<unknown> {
  const bytesOf = <T extends { blob: Blob }>(list: T[]) =>
    Promise.all(list.map(async (e) => ({ ...e, blob: { type: e.blob.type, bytes: [...new Uint8Array(await e.blob.arrayBuffer())] } })));
  const out: Record<string, unknown> = { ...rows, evidence: await bytesOf(rows.evidence) };
  if (rows.imports) out.imports = await bytesOf(rows.imports);
  return out;
}
