import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { toHex } from '../domain/evidence/file-type';
import { refuse } from '../domain/backup/refuse';
import type { ImportRecord } from '../model/import-records';
import type { Evidence } from '../model/records';
import { nextTick } from './frame-codec';

/**
 * An evidence record's SHA-256 and size are an integrity claim: the app
 * computes them from the bytes when the file is added. A backup's claim is
 * therefore recomputed from the bytes it carries, and a record whose claim
 * does not hold (a forged or mismatched hash) is refused by name. Runs
 * outside any transaction (WebCrypto would end it), one Blob at a time.
 */
export async function checkEvidenceBytes(rows: readonly Evidence[]): Promise<void> {
  for (const [index, e] of rows.entries()) {
    if (e.blob.size !== e.size)
      throw refuse('evidence', index, e, 'size', `the record says ${e.size} bytes, the file holds ${e.blob.size}`);
    const actual = toHex(await crypto.subtle.digest('SHA-256', await e.blob.arrayBuffer()));
    if (actual !== e.sha256) throw refuse('evidence', index, e, 'sha256', 'the recorded SHA-256 does not match the bytes');
    await nextTick();
  }
}

/** Imported files can be hundreds of MB: hashed in slices, like the import read them (utils/import/read-file.ts). */
const SLICE_BYTES = 4 * 1024 * 1024;

async function sha256OfBlob(blob: Blob): Promise<string> {
  const hash = sha256.create();
  for (let at = 0; at < blob.size; at += SLICE_BYTES) {
    hash.update(new Uint8Array(await blob.slice(at, at + SLICE_BYTES).arrayBuffer()));
    await nextTick();
  }
  return bytesToHex(hash.digest());
}

/** The same claim for each imported call-log / SMS file: the complaint quotes its SHA-256. */
export async function checkImportBytes(rows: readonly ImportRecord[]): Promise<void> {
  for (const [index, r] of rows.entries()) {
    if (r.blob.size !== r.size) throw refuse('imports', index, r, 'size', `the record says ${r.size} bytes, the file holds ${r.blob.size}`);
    if ((await sha256OfBlob(r.blob)) !== r.sha256)
      throw refuse('imports', index, r, 'sha256', 'the recorded SHA-256 does not match the bytes');
  }
}
