import * as v from 'valibot';
import type { ImportPlan } from '../../domain/import/plan';
import { invalid } from '../../model/errors';
import { newId } from '../../model/ids';
import {
  ImportLinkSchema,
  ImportRecordSchema,
  NumberBookEntrySchema,
  type ImportRecord,
  type NumberBookEntry,
} from '../../model/import-records';
import { ContactSchema } from '../../model/records';
import type { NgDatabase } from '../schema';

// Writes a confirmed import in ONE transaction: the file as evidence, the new
// contacts, the links of new and recognised contacts to their place in the
// file, the numbers the user assigned, and the CSV mapping. Runs in the
// dashboard page, like a backup restore (ARCHITECTURE.md "Import"): the file
// is a Blob, and tens of thousands of records should not cross runtime
// messaging as JSON. Everything is validated before the transaction opens;
// a failure or a cancel inside it rolls everything back.

export interface CommitImportInput {
  file: Blob;
  name: string;
  format: ImportRecord['format'];
  encoding: ImportRecord['encoding'];
  sha256: string;
  plan: ImportPlan;
  numbers: readonly NumberBookEntry[];
  /** A CSV mapping to remember for this file shape. */
  mapping?: { shape: string; columns: Record<string, number> };
}

export interface CommitProgress {
  written: number;
  total: number;
}

export class ImportAborted extends Error {
  constructor() {
    super('the import was cancelled; nothing was written');
    this.name = 'ImportAborted';
  }
}

const CHUNK = 2_000;
export const MAPPING_KEY = 'import.csvMapping:';

function check<T>(schema: v.GenericSchema<T>, value: unknown, what: string): void {
  const r = v.safeParse(schema, value);
  if (!r.success) throw invalid(what, 'import.error.invalidRecord', `${what}: ${r.issues[0].message}`);
}

/** Returns the import's evidence record, or null when the file added nothing (already imported). */
export async function commitImport(
  db: NgDatabase,
  input: CommitImportInput,
  opts: { now?: number; signal?: AbortSignal; onProgress?: (p: CommitProgress) => void } = {},
): Promise<ImportRecord | null> {
  const now = opts.now ?? Date.now();
  const { plan } = input;
  for (const c of plan.contacts) check(ContactSchema, c, 'contact');
  for (const n of input.numbers) check(NumberBookEntrySchema, n, 'number');
  if (plan.contacts.length === 0 && plan.links.length === 0 && input.numbers.length === 0) return null;
  const lenderIds = [
    ...new Set(
      [...plan.contacts.map((c) => c.lenderId), ...plan.patches.map((p) => p.lenderId), ...input.numbers.map((n) => n.lenderId)].filter(
        (x): x is string => !!x,
      ),
    ),
  ];
  const total = plan.contacts.length + plan.links.length;
  return db.transaction('rw', [db.imports, db.importLinks, db.contacts, db.numberBook, db.lenders, db.settings], async () => {
    const missing = (await db.lenders.bulkGet(lenderIds)).findIndex((l) => !l);
    if (missing !== -1) throw invalid('lenderId', 'error.notFound', `unknown lender ${lenderIds[missing]}`);
    // The same file imported before (its contacts deleted since): its evidence record is reused.
    const earlier = await db.imports.where('sha256').equals(input.sha256).first();
    const record: ImportRecord = earlier
      ? { ...earlier, added: earlier.added + plan.contacts.length, merged: earlier.merged + plan.merged }
      : {
          id: newId(),
          name: input.name.slice(0, 200),
          size: input.file.size,
          sha256: input.sha256,
          format: input.format,
          encoding: input.encoding,
          importedAt: now,
          added: plan.contacts.length,
          merged: plan.merged,
          ...(plan.from !== undefined ? { from: plan.from } : {}),
          ...(plan.to !== undefined ? { to: plan.to } : {}),
          blob: input.file,
        };
    check(ImportRecordSchema, record, 'import');
    await db.imports.put(record);
    let written = 0;
    for (let i = 0; i < plan.contacts.length; i += CHUNK) {
      if (opts.signal?.aborted) throw new ImportAborted();
      await db.contacts.bulkAdd(plan.contacts.slice(i, i + CHUNK));
      written += Math.min(CHUNK, plan.contacts.length - i);
      opts.onProgress?.({ written, total });
    }
    for (const p of plan.patches) {
      const c = await db.contacts.get(p.id);
      if (!c) continue;
      await db.contacts.put({
        ...c,
        ...(p.lenderId ? { lenderId: p.lenderId } : {}),
        person: { ...c.person, ...(p.phone ? { phone: p.phone } : {}) },
        updatedAt: now,
      });
    }
    for (let i = 0; i < plan.links.length; i += CHUNK) {
      if (opts.signal?.aborted) throw new ImportAborted();
      const links = plan.links.slice(i, i + CHUNK).map((l) => ({ ...l, importId: record.id }));
      for (const l of links) check(ImportLinkSchema, l, 'link');
      await db.importLinks.bulkPut(links);
      written += links.length;
      opts.onProgress?.({ written, total });
    }
    if (input.numbers.length) await db.numberBook.bulkPut(input.numbers.map((n) => ({ ...n, updatedAt: now })));
    if (input.mapping)
      await db.settings.put({ key: `${MAPPING_KEY}${input.mapping.shape}`.slice(0, 200), value: JSON.stringify(input.mapping.columns) });
    return record;
  });
}
