import { DIGEST_BYTES, FRAME_HEAD_BYTES } from '../domain/backup/format';

// Small byte helpers shared by the writer and the reader.

/** Binds a frame to its position and type: index u32 BE ‖ type u8. */
export function frameAad(index: number, type: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(5);
  new DataView(out.buffer).setUint32(0, index);
  out[4] = type;
  return out;
}

export function frameHead(type: number, length: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(FRAME_HEAD_BYTES);
  out[0] = type;
  new DataView(out.buffer).setUint32(1, length);
  return out;
}

export function u32(n: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, n);
  return out;
}

export function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Integrity of an unencrypted frame: SHA-256(aad ‖ SHA-256(payload)). Hashing
 * the payload on its own avoids copying a 4 MB chunk just to prefix it.
 */
export async function frameDigest(aad: Uint8Array<ArrayBuffer>, payload: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const inner = new Uint8Array(await crypto.subtle.digest('SHA-256', payload));
  const outer = new Uint8Array(await crypto.subtle.digest('SHA-256', concat(aad, inner)));
  if (outer.length !== DIGEST_BYTES) throw new Error('unexpected digest size');
  return outer;
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i += 1) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

/** Lets the page paint its progress bar between frames. */
export function nextTick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
