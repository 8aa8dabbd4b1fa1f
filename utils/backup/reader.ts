import * as v from 'valibot';
import { BackupError, damaged } from '../domain/backup/errors';
import {
  BlobRefSchema,
  EndSchema,
  FORMAT_ID,
  FORMAT_VERSION,
  FRAME,
  HeaderSchema,
  MetaSchema,
  RecordChunkSchema,
  type Header,
  type Meta,
} from '../domain/backup/format';
import { previewOf, type BackupPreview } from '../domain/backup/preview';
import { BACKUP_TABLES, emptyRows, type BackupRows, type BackupTable } from '../domain/backup/tables';
import { assertNotNewer, upgradeRows, type BackupUpgrade, type RawTables } from '../domain/backup/upgrade';
import { validateRows } from '../domain/backup/validate';
import { checkBusinessRules } from '../domain/backup/business-rules';
import { checkEvidenceBytes, checkImportBytes } from './evidence-integrity';
import { keyFor } from './crypto';
import { nextTick } from './frame-codec';
import { FrameReader, notBackup, parseJson } from './frame-reader';

export interface ReadOptions {
  password?: string;
  installedSchemaVersion: number;
  /** The upgrade steps; tests of a future schema pass their own. */
  upgrades?: Record<number, BackupUpgrade>;
  onProgress?: (done: number, total: number) => void;
  /** "Now" for the rule that no contact lies in the future (tests pin it). */
  now?: number;
}

export interface OpenedBackup {
  header: Header;
  meta: Meta;
  rows: BackupRows;
  preview: BackupPreview;
}

/** The readable part of a file: whether it is ours, its format version and whether it needs a password. */
export async function readBackupHeader(file: Blob): Promise<{ reader: FrameReader; header: Header }> {
  const reader = await FrameReader.open(file);
  const frame = await reader.next(true, 64 * 1024);
  if (frame.type !== FRAME.header) throw notBackup();
  const raw = parseJson(frame.payload, 'the header');
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== FORMAT_ID) throw notBackup();
  const version = (raw as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > FORMAT_VERSION) {
    throw new BackupError('newer-version', `backup format ${version} is newer than ${FORMAT_VERSION}`, {
      version,
      installed: FORMAT_VERSION,
    });
  }
  const header = v.safeParse(HeaderSchema, raw);
  if (!header.success) throw damaged('the header is malformed');
  return { reader, header: header.output };
}

function expect<T>(schema: v.GenericSchema<unknown, T>, value: unknown, what: string): T {
  const r = v.safeParse(schema, value);
  if (!r.success) throw damaged(`${what} is malformed`);
  return r.output;
}

/**
 * Reads, checks, upgrades and validates a whole backup without touching the
 * database. Only a file that passes every check comes back; anything else
 * throws a BackupError saying what is wrong.
 */
export async function readBackup(file: Blob, opts: ReadOptions): Promise<OpenedBackup> {
  const { reader, header } = await readBackupHeader(file);
  if (header.encryption) {
    if (!opts.password) throw new BackupError('password-needed', 'this backup is protected by a password');
    reader.key = await keyFor(opts.password, header.encryption);
    if (!reader.key) throw new BackupError('wrong-password', 'the password does not open this backup');
  }
  const metaFrame = await reader.next();
  if (metaFrame.type !== FRAME.meta) throw damaged('the meta frame is missing');
  const meta = expect(MetaSchema, parseJson(metaFrame.payload, 'the meta'), 'the meta');
  // Refused before reading further: today's schemas cannot judge a newer file's records.
  assertNotNewer(meta.schemaVersion, opts.installedSchemaVersion);

  const raw: RawTables = Object.fromEntries(BACKUP_TABLES.map((t) => [t, []]));
  const blobParts: BlobPart[][] = [];
  const blobSizes: number[] = [];
  let records = 0;
  let blobBytes = 0;
  for (;;) {
    const frame = await reader.next();
    if (frame.type === FRAME.records) {
      const chunk = expect(RecordChunkSchema, parseJson(frame.payload, 'a record frame'), 'a record frame');
      for (const row of chunk.rows) raw[chunk.table]!.push(row);
      records += chunk.rows.length;
    } else if (frame.type === FRAME.blob) {
      if (frame.payload.length < 4) throw damaged('a blob frame is too short');
      const index = new DataView(frame.payload.buffer).getUint32(0);
      if (index >= meta.blobs || index < blobParts.length - 1) throw damaged('blob frames are out of order');
      while (blobParts.length <= index) {
        blobParts.push([]);
        blobSizes.push(0);
      }
      // Held as a Blob (a slice of the file, or the decrypted chunk), not as
      // JS bytes: 100 MB of evidence is not kept in the page's heap twice.
      const size = frame.payload.length - 4;
      blobParts[index]!.push(frame.payloadBlob(4));
      blobSizes[index]! += size;
      blobBytes += size;
    } else if (frame.type === FRAME.end) {
      const end = expect(EndSchema, parseJson(frame.payload, 'the end frame'), 'the end frame');
      if (end.frames !== reader.index || end.records !== records || end.blobBytes !== blobBytes) throw damaged('frames are missing');
      if (!reader.atEnd) throw damaged('data follows the end of the backup');
      break;
    } else {
      throw damaged(`unknown frame type ${frame.type}`);
    }
    opts.onProgress?.(reader.position, file.size);
    await nextTick();
  }
  for (const t of BACKUP_TABLES) {
    if (raw[t]!.length !== meta.counts[t]) throw damaged(`${t}: ${raw[t]!.length} records instead of ${meta.counts[t]}`);
  }
  const upgraded = upgradeRows(raw, meta.schemaVersion, opts.installedSchemaVersion, opts.upgrades);
  // Evidence rows hold blob frames 0 … n-1, imported files the ones after (writer.ts).
  attachBlobs([...(upgraded.evidence ?? []), ...(upgraded.imports ?? [])], blobParts, blobSizes);
  const rows = emptyRows();
  for (const t of BACKUP_TABLES) (rows as Record<BackupTable, unknown[]>)[t] = validateRows(t, upgraded[t] ?? []);
  // The same rules as every other write, before anything is written.
  checkBusinessRules(rows, opts.now ?? Date.now());
  await checkEvidenceBytes(rows.evidence);
  await checkImportBytes(rows.imports);
  const preview = previewOf(meta, rows, {
    formatVersion: header.formatVersion,
    encrypted: header.encryption !== null,
    installedSchemaVersion: opts.installedSchemaVersion,
  });
  return { header, meta, rows, preview };
}

/** Puts each evidence or import row's Blob back in place of its reference, checking the sizes match. */
function attachBlobs(rows: unknown[], parts: BlobPart[][], sizes: number[]): void {
  const used = new Set<number>();
  for (const row of rows) {
    if (typeof row !== 'object' || row === null) continue; // validation names the bad row
    const r = row as Record<string, unknown>;
    const ref = v.safeParse(BlobRefSchema, r.blob);
    if (!ref.success) continue;
    const i = ref.output.$blob;
    if (used.has(i) || (sizes[i] ?? 0) !== ref.output.size) throw damaged(`blob ${i} is incomplete`);
    used.add(i);
    r.blob = new Blob(parts[i] ?? [], { type: ref.output.type });
  }
  if (parts.length > used.size) throw damaged('blob frames belong to no evidence or import record');
}
