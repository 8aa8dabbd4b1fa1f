import { DIGEST_BYTES, FRAME_HEAD_BYTES, IV_BYTES, MAGIC, MAX_FRAME_BYTES, TAG_BYTES } from '../domain/backup/format';
import { BackupError, damaged } from '../domain/backup/errors';
import { open } from './crypto';
import { frameAad, frameDigest, sameBytes } from './frame-codec';

export interface Frame {
  type: number;
  payload: Uint8Array<ArrayBuffer>;
  /**
   * The payload as a slice of the file when it is stored in the clear (no
   * copy held in JS: the browser reads it from the file when needed);
   * otherwise the decrypted bytes wrapped in a Blob.
   */
  payloadBlob(from: number): Blob;
}

async function bytesAt(file: Blob, from: number, length: number): Promise<Uint8Array<ArrayBuffer>> {
  if (from + length > file.size) throw damaged('the file ends too early (truncated?)');
  return new Uint8Array(await file.slice(from, from + length).arrayBuffer());
}

/**
 * Reads a backup frame by frame with `Blob.slice`, so only one frame is in
 * memory at a time. Every frame is checked (SHA-256 or AES-GCM tag) before
 * its payload is handed out.
 */
export class FrameReader {
  private offset = MAGIC.length;
  index = 0;
  key: CryptoKey | null = null;

  private constructor(private file: Blob) {}

  static async open(file: Blob): Promise<FrameReader> {
    if (file.size < MAGIC.length + FRAME_HEAD_BYTES) throw notBackup();
    const magic = new Uint8Array(await file.slice(0, MAGIC.length).arrayBuffer());
    if (!sameBytes(magic, MAGIC)) throw notBackup();
    return new FrameReader(file);
  }

  get atEnd(): boolean {
    return this.offset === this.file.size;
  }

  get position(): number {
    return this.offset;
  }

  /** The next frame, verified; `plain` is for the header, which is never encrypted. */
  async next(plain = false, maxBytes = MAX_FRAME_BYTES): Promise<Frame> {
    if (this.atEnd) throw damaged('the file ends too early (truncated?)');
    const head = await bytesAt(this.file, this.offset, FRAME_HEAD_BYTES);
    const type = head[0]!;
    const length = new DataView(head.buffer).getUint32(1);
    if (length > maxBytes) throw damaged(`frame ${this.index} claims ${length} bytes`);
    const body = await bytesAt(this.file, this.offset + FRAME_HEAD_BYTES, length);
    const aad = frameAad(this.index, type);
    let payload: Uint8Array<ArrayBuffer>;
    let payloadBlob: (from: number) => Blob;
    if (this.key && !plain) {
      if (length < IV_BYTES + TAG_BYTES) throw damaged(`frame ${this.index} is too short`);
      try {
        payload = await open(this.key, body, aad);
      } catch {
        throw damaged(`frame ${this.index} does not decrypt (altered or truncated)`);
      }
      const plainBytes = payload;
      payloadBlob = (from) => new Blob([plainBytes.subarray(from)]);
    } else {
      if (length < DIGEST_BYTES) throw damaged(`frame ${this.index} is too short`);
      payload = body.slice(0, length - DIGEST_BYTES);
      const expected = await frameDigest(aad, payload);
      if (!sameBytes(expected, body.subarray(length - DIGEST_BYTES))) throw damaged(`frame ${this.index} checksum mismatch`);
      const start = this.offset + FRAME_HEAD_BYTES;
      const file = this.file;
      payloadBlob = (from) => file.slice(start + from, start + length - DIGEST_BYTES);
    }
    this.offset += FRAME_HEAD_BYTES + length;
    this.index += 1;
    return { type, payload, payloadBlob };
  }
}

export function notBackup(): BackupError {
  return new BackupError('not-backup', 'this file is not a Negotiation Guard backup');
}

const dec = new TextDecoder('utf-8', { fatal: true });

/** Strict UTF-8 and JSON; anything else is a damaged file. */
export function parseJson(payload: Uint8Array, what: string): unknown {
  try {
    return JSON.parse(dec.decode(payload));
  } catch {
    throw damaged(`${what} is not valid JSON`);
  }
}
