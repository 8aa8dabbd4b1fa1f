import {
  BLOB_CHUNK_BYTES,
  FORMAT_ID,
  FORMAT_VERSION,
  FRAME,
  MAGIC,
  RECORD_CHUNK_BYTES,
  type BlobRef,
  type Header,
  type Meta,
} from '../domain/backup/format';
import { BACKUP_TABLES, BLOB_TABLES, type BackupRows } from '../domain/backup/tables';
import { newEncryption, seal } from './crypto';
import { concat, frameAad, frameDigest, frameHead, nextTick, u32 } from './frame-codec';

export interface WriteOptions {
  password?: string;
  schemaVersion: number;
  appVersion: string;
  now: number;
  /** Called after each frame with work done and total (records + evidence bytes). */
  onProgress?: (done: number, total: number) => void;
}

/** Above this many bytes of parts held in JS, they are folded into one Blob (the browser may keep it on disk). */
const COMPACT_BYTES = 32 * 1024 * 1024;
const enc = new TextEncoder();

class FrameSink {
  parts: BlobPart[] = [MAGIC];
  private held = 0;
  index = 0;
  constructor(private key: CryptoKey | null) {}

  /** `raw` (a Blob slice) is written instead of `payload`'s bytes when given, so plaintext Blobs are not copied. */
  async push(type: number, payload: Uint8Array<ArrayBuffer>, encrypt = true, raw?: BlobPart[]): Promise<void> {
    const aad = frameAad(this.index, type);
    if (this.key && encrypt) {
      const sealed = await seal(this.key, payload, aad);
      this.add([frameHead(type, sealed.length), sealed], sealed.length);
    } else {
      const digest = await frameDigest(aad, payload);
      this.add([frameHead(type, payload.length + digest.length), ...(raw ?? [payload]), digest], raw ? 64 : payload.length);
    }
    this.index += 1;
  }

  private add(parts: BlobPart[], bytes: number): void {
    this.parts.push(...parts);
    this.held += bytes;
    if (this.held > COMPACT_BYTES) {
      this.parts = [new Blob(this.parts)];
      this.held = 0;
    }
  }
}

function jsonBytes(value: unknown): Uint8Array<ArrayBuffer> {
  return enc.encode(JSON.stringify(value));
}

/**
 * Builds a backup file from rows read in one transaction. Runs outside any
 * transaction (WebCrypto and Blob reads would end it). Memory: records are
 * flushed in ~1 MB frames and evidence (and imported files) in 4 MB chunks; parts are folded into
 * a Blob as they accumulate.
 */
export async function writeBackup(rows: BackupRows, opts: WriteOptions): Promise<Blob> {
  const crypt = opts.password ? await newEncryption(opts.password) : null;
  const sink = new FrameSink(crypt?.key ?? null);
  const header: Header = { format: FORMAT_ID, formatVersion: FORMAT_VERSION, encryption: crypt?.encryption ?? null };
  await sink.push(FRAME.header, jsonBytes(header), false);

  // Blob frames are numbered across the tables with Blobs: evidence first, then imported files.
  const blobs = BLOB_TABLES.flatMap((t) => rows[t].map((r) => r.blob));
  const firstBlob = { evidence: 0, imports: rows.evidence.length };
  const counts = Object.fromEntries(BACKUP_TABLES.map((t) => [t, rows[t].length])) as Meta['counts'];
  const meta: Meta = { schemaVersion: opts.schemaVersion, createdAt: opts.now, appVersion: opts.appVersion, counts, blobs: blobs.length };
  await sink.push(FRAME.meta, jsonBytes(meta));

  const blobBytes = blobs.reduce((n, b) => n + b.size, 0);
  const records = BACKUP_TABLES.reduce((n, t) => n + rows[t].length, 0);
  const total = records + blobBytes;
  let done = 0;
  const report = () => opts.onProgress?.(done, total);

  for (const table of BACKUP_TABLES) {
    let chunk: string[] = [];
    let size = 0;
    const flush = async () => {
      if (chunk.length === 0) return;
      await sink.push(FRAME.records, enc.encode(`{"table":"${table}","rows":[${chunk.join(',')}]}`));
      done += chunk.length;
      chunk = [];
      size = 0;
      report();
      await nextTick();
    };
    for (let i = 0; i < rows[table].length; i += 1) {
      const row = rows[table][i]!;
      const out = table === 'evidence' || table === 'imports' ? withBlobRef(row as { blob: Blob }, firstBlob[table] + i) : row;
      const text = JSON.stringify(out);
      chunk.push(text);
      size += text.length;
      if (size >= RECORD_CHUNK_BYTES) await flush();
    }
    await flush();
  }

  for (let i = 0; i < blobs.length; i += 1) {
    const blob = blobs[i]!;
    // An empty Blob has no frames: its reference alone says size 0.
    for (let at = 0; at < blob.size; at += BLOB_CHUNK_BYTES) {
      const slice = blob.slice(at, at + BLOB_CHUNK_BYTES);
      const bytes = new Uint8Array(await slice.arrayBuffer());
      const payload = concat(u32(i), bytes);
      await sink.push(FRAME.blob, payload, true, [u32(i), slice]);
      done += bytes.length;
      report();
      await nextTick();
    }
  }

  await sink.push(FRAME.end, jsonBytes({ frames: sink.index + 1, records, blobBytes }));
  return new Blob(sink.parts, { type: 'application/octet-stream' });
}

function withBlobRef<T extends { blob: Blob }>(row: T, index: number): Omit<T, 'blob'> & { blob: BlobRef } {
  return { ...row, blob: { $blob: index, size: row.blob.size, type: row.blob.type } };
}
