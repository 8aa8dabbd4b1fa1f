import type { NgDatabase } from '../../db/schema';

export interface EvidenceFile {
  name: string;
  type: string;
  base64: string;
}
export type EvidenceFiles = { ok: true; files: EvidenceFile[] } | { ok: false; reason: 'no-field' | 'too-large' };

function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/**
 * An image re-encoded as JPEG until it fits `max` bytes: first the quality
 * goes down, then the size (never below 640 px on the long side). Null when
 * it cannot fit or the browser cannot decode it.
 */
async function smaller(blob: Blob, max: number): Promise<Blob | null> {
  if (typeof createImageBitmap !== 'function' || typeof OffscreenCanvas !== 'function') return null;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob);
  } catch {
    return null;
  }
  for (let scale = 1; Math.max(bitmap.width, bitmap.height) * scale >= 640; scale *= 0.75) {
    const canvas = new OffscreenCanvas(Math.round(bitmap.width * scale), Math.round(bitmap.height * scale));
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    for (const quality of [0.85, 0.7, 0.55]) {
      const out = await canvas.convertToBlob({ type: 'image/jpeg', quality });
      if (out.size <= max) return out;
    }
  }
  return null;
}

/**
 * The evidence files for an upload field, read in the background (which owns
 * the database) and turned into base64 for the runtime message. A file over
 * the page's stated limit is refused, unless it is an image the user asked to
 * re-encode and it then fits (its name gets a .jpg ending).
 */
export async function evidenceFiles(
  db: NgDatabase,
  ids: string[],
  maxBytes: number | undefined,
  reencode: boolean,
): Promise<EvidenceFiles> {
  const rows = await db.evidence.bulkGet(ids);
  const files: EvidenceFile[] = [];
  for (const row of rows) {
    if (!row) return { ok: false, reason: 'no-field' };
    let blob: Blob = row.blob;
    let name = row.name;
    if (maxBytes !== undefined && blob.size > maxBytes) {
      const re = reencode && row.mime.startsWith('image/') ? await smaller(blob, maxBytes) : null;
      if (!re) return { ok: false, reason: 'too-large' };
      blob = re;
      name = name.replace(/\.[a-z0-9]+$/i, '') + '.jpg';
    }
    files.push({ name, type: blob.type || row.mime, base64: toBase64(new Uint8Array(await blob.arrayBuffer())) });
  }
  return { ok: true, files };
}
