import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { writeBackup } from '@/utils/backup/writer';
import { readBackup } from '@/utils/backup/reader';
import { exportBackup, openBackup, applyBackup } from '@/utils/backup/backup-file';
import { readAllRows, restoreRows } from '@/utils/db/repos/backup';
import { RECORDS_VERSION } from '@/utils/db/schema';
import { freshDb } from '../helpers/db';
import { comparable, rowsArb } from './arbitraries';

const NOW = Date.UTC(2026, 5, 1);
const write = (rows: Parameters<typeof writeBackup>[0], password?: string) =>
  writeBackup(rows, { schemaVersion: RECORDS_VERSION, appVersion: 'test', now: NOW, ...(password ? { password } : {}) });

describe('backup round trip', () => {
  it('reproduces every record and every Blob byte exactly (no password)', async () => {
    await fc.assert(
      fc.asyncProperty(rowsArb, async (rows) => {
        const file = await write(rows);
        const back = await readBackup(file, { installedSchemaVersion: RECORDS_VERSION });
        expect(await comparable(back.rows)).toEqual(await comparable(rows));
        expect(back.meta.createdAt).toBe(NOW);
        expect(back.preview.counts.contacts).toBe(rows.contacts.length);
      }),
      { numRuns: 60 },
    );
    // Sixty files, each with evidence and imported files whose SHA-256 is recomputed: no timing assertion.
  }, 60_000);

  it('reproduces every record through a password-protected file', async () => {
    await fc.assert(
      fc.asyncProperty(rowsArb, fc.string({ minLength: 1, maxLength: 30 }), async (rows, password) => {
        const file = await write(rows, password);
        const back = await readBackup(file, { installedSchemaVersion: RECORDS_VERSION, password });
        expect(await comparable(back.rows)).toEqual(await comparable(rows));
        expect(back.preview.encrypted).toBe(true);
      }),
      { numRuns: 4 },
    );
  }, 60_000);

  it('export from one database and replace-import into another gives the same tables', async () => {
    await fc.assert(
      fc.asyncProperty(rowsArb, async (rows) => {
        const source = await freshDb();
        await restoreRows(source, rows, 'replace');
        const file = await exportBackup(source, { appVersion: 'test', now: NOW });
        const target = await freshDb();
        const counts = await applyBackup(target, await openBackup(file), 'replace');
        expect(counts.added).toBe(Object.values(rows).reduce((n, l) => n + l.length, 0));
        expect(await comparable(await readAllRows(target))).toEqual(await comparable(await readAllRows(source)));
        source.close();
        target.close();
      }),
      { numRuns: 25 },
    );
    // Evidence SHA-256 is now recomputed on every restore: slower on a loaded machine, not a timing assertion.
  }, 60_000);

  it('keeps records large enough to span several frames, and a Blob larger than one chunk', async () => {
    const big = new Uint8Array(9 * 1024 * 1024).map((_, i) => (i * 31) & 255);
    const contacts = Array.from({ length: 3000 }, (_, i) => ({
      id: `c${i}`,
      at: NOW - i * 60_000,
      channel: 'call' as const,
      direction: 'incoming' as const,
      connected: true,
      person: { name: '王某', staffId: `A${i}`, phone: '', agency: '某外包', party: 'agency' as const },
      summary: '说不还就通知单位 😡'.repeat(20),
      flags: ['threat' as const],
      thirdParties: '',
      tzOffsetMin: 480,
      createdAt: NOW,
      updatedAt: NOW,
    }));
    const rows = {
      lenders: [],
      agreements: [],
      installments: [],
      contacts,
      complaints: [],
      reminders: [],
      userSites: [],
      settings: [],
      ocrTexts: [],
      imports: [],
      importLinks: [],
      numberBook: [],
      evidence: [
        {
          id: 'e1',
          name: 'rec.mp3',
          mime: 'audio/mpeg',
          size: big.length,
          sha256: createHash('sha256').update(big).digest('hex'),
          blob: new Blob([big], { type: 'audio/mpeg' }),
          capturedAt: NOW,
          createdAt: NOW,
        },
      ],
    };
    const progress: number[] = [];
    const file = await writeBackup(rows, { schemaVersion: 1, appVersion: 't', now: NOW, onProgress: (d) => progress.push(d) });
    // Raw bytes, not base64: the file is barely larger than what it holds.
    expect(file.size).toBeLessThan(big.length + 3 * 1024 * 1024);
    expect(progress.length).toBeGreaterThan(3);
    const back = await readBackup(file, { installedSchemaVersion: 1 });
    expect(back.rows.contacts).toEqual(contacts);
    // Buffer.equals: vitest's deep equality walks 9 M elements one by one.
    expect(Buffer.from(await back.rows.evidence[0]!.blob.arrayBuffer()).equals(Buffer.from(big))).toBe(true);
  });
});
