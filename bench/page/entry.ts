import { NgDatabase } from '../../utils/db/schema';
import type { Evidence } from '../../utils/model/records';
import { searchContacts } from '../../utils/domain/search/search-contacts';
import { findAll } from '../../utils/domain/findings/find-all';
import { readAllRows, restoreRows } from '../../utils/db/repos/backup';
import { writeBackup } from '../../utils/backup/writer';
import { readBackup } from '../../utils/backup/reader';
import { RECORDS_VERSION } from '../../utils/db/schema';
import { evidenceBytes } from '../lib/evidence-bytes';
import type { EvidenceSpec } from '../lib/dataset';

// Bench-only code, bundled by bench/lib/page-bundle.ts and evaluated in an
// extension page (the extension's origin, so its IndexedDB). It is never part
// of the extension build. It writes the dataset with Dexie and the app's own
// schema, and times the app's pure functions on the real data in the browser.

type TableName = 'lenders' | 'agreements' | 'installments' | 'contacts';

async function hex(buf: ArrayBuffer): Promise<string> {
  const d = new Uint8Array(await crypto.subtle.digest('SHA-256', buf));
  return Array.from(d, (b) => b.toString(16).padStart(2, '0')).join('');
}

function timeIt(fn: () => unknown): { ms: number; result: unknown } {
  const t0 = performance.now();
  const result = fn();
  return { ms: performance.now() - t0, result };
}

const db = () => new NgDatabase();

const api = {
  async clearAll(): Promise<void> {
    const d = db();
    await d.transaction('rw', d.tables, async () => {
      for (const t of d.tables) await t.clear();
    });
    d.close();
  },
  async put(table: TableName, rows: unknown[]): Promise<number> {
    const d = db();
    await (d[table] as unknown as { bulkPut(r: unknown[]): Promise<unknown> }).bulkPut(rows);
    d.close();
    return rows.length;
  },
  async putEvidence(specs: EvidenceSpec[]): Promise<number> {
    const rows: Evidence[] = [];
    for (const s of specs) {
      const bytes = evidenceBytes(s.byteSeed, s.size);
      rows.push({
        id: s.id,
        ownerType: s.ownerType,
        ownerId: s.ownerId,
        name: s.name,
        mime: s.mime,
        size: s.size,
        sha256: await hex(bytes.buffer),
        blob: new Blob([bytes], { type: s.mime }),
        capturedAt: s.capturedAt,
        createdAt: s.createdAt,
      });
    }
    const d = db();
    await d.evidence.bulkPut(rows);
    d.close();
    return rows.length;
  },
  async counts(): Promise<Record<string, number>> {
    const d = db();
    const out: Record<string, number> = {};
    for (const t of d.tables) out[t.name] = await t.count();
    d.close();
    return out;
  },
  /** Search over every contact, as the contacts view does it: first call builds the per-record cache. */
  async searchTimes(queries: string[], rounds: number): Promise<{ query: string; ms: number; hits: number }[]> {
    const d = db();
    const contacts = await d.contacts.orderBy('at').reverse().toArray();
    d.close();
    const out: { query: string; ms: number; hits: number }[] = [];
    for (let r = 0; r < rounds; r++) {
      for (const q of queries) {
        const { ms, result } = timeIt(() => searchContacts(contacts, q));
        out.push({ query: q, ms, hits: (result as unknown[]).length });
      }
    }
    return out;
  },
  /** findAll over the whole database, reading included (the findings view must read it too). */
  async findingsTimes(rounds: number): Promise<{ readMs: number; computeMs: number; findings: number }[]> {
    const out: { readMs: number; computeMs: number; findings: number }[] = [];
    for (let r = 0; r < rounds; r++) {
      const d = db();
      const t0 = performance.now();
      const [contacts, agreements, installments, lenders] = await Promise.all([
        d.contacts.toArray(),
        d.agreements.toArray(),
        d.installments.toArray(),
        d.lenders.toArray(),
      ]);
      const readMs = performance.now() - t0;
      d.close();
      const { ms, result } = timeIt(() => findAll({ contacts, agreements, installments, lenders, jurisdiction: 'CN' }));
      out.push({ readMs, computeMs: ms, findings: (result as unknown[]).length });
    }
    return out;
  },
  /**
   * Edits one contact from this page, as a restore in a page would: the
   * background does not hear of it, so the findings view finds its snapshot
   * outdated and must wait for a full recomputation (the view's worst case).
   */
  async touchContact(round: number): Promise<void> {
    const d = db();
    const first = await d.contacts.orderBy('at').first();
    if (first) await d.contacts.update(first.id, { summary: `${first.summary.replace(/ #\d+$/, '')} #${round}` });
    d.close();
  },
  /** Backup of everything (no password: the KDF's fixed cost is not what is measured) and its restore. */
  async backupTimes(rounds: number): Promise<{ exportMs: number; importMs: number; bytes: number }[]> {
    const out: { exportMs: number; importMs: number; bytes: number }[] = [];
    for (let r = 0; r < rounds; r++) {
      const d = db();
      const t0 = performance.now();
      const rows = await readAllRows(d);
      const file = await writeBackup(rows, { schemaVersion: RECORDS_VERSION, appVersion: 'bench', now: Date.now() });
      const t1 = performance.now();
      const opened = await readBackup(file, { installedSchemaVersion: RECORDS_VERSION });
      await restoreRows(d, opened.rows, 'replace');
      const t2 = performance.now();
      d.close();
      out.push({ exportMs: t1 - t0, importMs: t2 - t1, bytes: file.size });
    }
    return out;
  },
};

export type BenchPageApi = typeof api;
(globalThis as unknown as { __ngBench: BenchPageApi }).__ngBench = api;
