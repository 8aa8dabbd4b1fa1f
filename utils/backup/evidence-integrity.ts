import { toHex } from '../domain/evidence/file-type';
import { refuse } from '../domain/backup/refuse';
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
    if (e.blob.size !== e.size) throw refuse('evidence', index, e, 'size', `the record says ${e.size} bytes, the file holds ${e.blob.size}`);
    const actual = toHex(await crypto.subtle.digest('SHA-256', await e.blob.arrayBuffer()));
    if (actual !== e.sha256) throw refuse('evidence', index, e, 'sha256', 'the recorded SHA-256 does not match the bytes');
    await nextTick();
  }
}
