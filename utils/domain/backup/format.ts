import * as v from 'valibot';
import { BACKUP_TABLES } from './tables';

// The backup container (documented in docs/backup-format.md):
//   MAGIC (8 bytes), then frames: [type u8][length u32 BE][body]
// Frame 0 is the plaintext header, frame 1 the meta, then record and blob
// frames, and an end frame last. Blobs travel as raw bytes (no base64), so a
// 100 MB evidence store makes a file of about 100 MB.

/** "NGBK" + CR LF SUB LF, like PNG: text-mode or truncated copies break it visibly. */
export const MAGIC = new Uint8Array([0x4e, 0x47, 0x42, 0x4b, 0x0d, 0x0a, 0x1a, 0x0a]);
export const FORMAT_ID = 'negotiation-guard-backup';
export const FORMAT_VERSION = 1;

export const FRAME = { header: 0x48, meta: 0x4d, records: 0x52, blob: 0x42, end: 0x45 } as const;
export type FrameType = (typeof FRAME)[keyof typeof FRAME];
export const FRAME_HEAD_BYTES = 5;
/** Unencrypted frames end with SHA-256(index ‖ type ‖ payload). */
export const DIGEST_BYTES = 32;
/** Encrypted frames start with a fresh 12-byte AES-GCM IV and end with its 16-byte tag. */
export const IV_BYTES = 12;
export const TAG_BYTES = 16;

/** No honest frame is larger: a bigger length means a damaged or hostile file (bounded memory). */
export const MAX_FRAME_BYTES = 16 * 1024 * 1024;
/** Record frames are flushed at about this much JSON. */
export const RECORD_CHUNK_BYTES = 1024 * 1024;
/** Evidence Blobs are cut into chunks of this size. */
export const BLOB_CHUNK_BYTES = 4 * 1024 * 1024;

/** OWASP 2023 figure for PBKDF2-HMAC-SHA256; the reader refuses fewer. */
export const MIN_KDF_ITERATIONS = 600_000;
/** A hostile file must not make the reader spin for minutes. */
export const MAX_KDF_ITERATIONS = 10_000_000;

const base64 = v.pipe(v.string(), v.maxLength(1024), v.regex(/^[A-Za-z0-9+/]*={0,2}$/));

export const EncryptionSchema = v.strictObject({
  cipher: v.literal('AES-GCM-256'),
  kdf: v.literal('PBKDF2-SHA256'),
  iterations: v.pipe(v.number(), v.integer(), v.minValue(MIN_KDF_ITERATIONS), v.maxValue(MAX_KDF_ITERATIONS)),
  salt: base64,
  /** IV ‖ AES-GCM(CHECK_TEXT): tells a wrong password apart from a damaged file. */
  check: base64,
});
export type Encryption = v.InferOutput<typeof EncryptionSchema>;
export const CHECK_TEXT = 'negotiation-guard-password-check';

/** The header stays readable without the password: it says how to read the rest. */
export const HeaderSchema = v.strictObject({
  format: v.literal(FORMAT_ID),
  formatVersion: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)),
  encryption: v.nullable(EncryptionSchema),
});
export type Header = v.InferOutput<typeof HeaderSchema>;

const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000_000));
/** Tables added after records version 1: a backup made before them has no count for them (read as 0). */
const LATER_TABLES: ReadonlySet<string> = new Set(['ocrTexts', 'imports', 'importLinks', 'numberBook']);
const optionalCount = v.optional(count, 0);
const tableCounts = v.strictObject(
  Object.fromEntries(BACKUP_TABLES.map((t) => [t, LATER_TABLES.has(t) ? optionalCount : count])) as Record<
    (typeof BACKUP_TABLES)[number],
    typeof count
  >,
);

export const MetaSchema = v.strictObject({
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)),
  createdAt: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Date.UTC(2200, 0, 1))),
  appVersion: v.pipe(v.string(), v.maxLength(40)),
  counts: tableCounts,
  blobs: count,
});
export type Meta = v.InferOutput<typeof MetaSchema>;

export const RecordChunkSchema = v.strictObject({
  table: v.picklist(BACKUP_TABLES),
  rows: v.array(v.unknown()),
});

/** In record frames an evidence or import row's Blob is replaced by a reference to its blob frames. */
export const BlobRefSchema = v.strictObject({
  $blob: count,
  size: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_FRAME_BYTES * 64)),
  type: v.pipe(v.string(), v.maxLength(200)),
});
export type BlobRef = v.InferOutput<typeof BlobRefSchema>;

export const EndSchema = v.strictObject({ frames: count, records: count, blobBytes: v.pipe(v.number(), v.integer(), v.minValue(0)) });
export type End = v.InferOutput<typeof EndSchema>;
