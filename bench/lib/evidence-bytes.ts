import { createRng } from './rng';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * The bytes of one benchmark evidence item: a PNG signature followed by
 * seeded noise, so it neither compresses (like a real screenshot) nor changes
 * between runs. Runs in the page that loads the dataset.
 */
export function evidenceBytes(seed: number, size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  bytes.set(PNG_SIGNATURE.slice(0, size));
  const rng = createRng(seed);
  // Four bytes per draw: 200 KB takes ~50k draws, not 200k.
  for (let i = PNG_SIGNATURE.length; i < size; i += 4) {
    const word = Math.floor(rng.next() * 4294967296);
    for (let k = 0; k < 4 && i + k < size; k++) bytes[i + k] = (word >>> (8 * k)) & 0xff;
  }
  return bytes;
}
