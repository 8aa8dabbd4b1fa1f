// Reads an image's format and size from its first bytes, before anything is
// decoded: a 10,000 × 30,000 px screenshot must be refused without asking the
// browser for 1.2 GB of pixels, and a file that only claims to be an image is
// named for what it is.

export type ImageFormat = 'png' | 'jpeg' | 'webp' | 'gif' | 'bmp';

export type HeaderResult =
  { ok: true; format: ImageFormat; width: number; height: number } | { ok: false; problem: 'not-image' | 'heic' | 'corrupt' };

/** 25 megapixels: any phone screenshot (1440 × 3200 is 4.6) and most photos; the engine needs several bytes a pixel. */
export const MAX_OCR_PIXELS = 25_000_000;
/** At least 64 KB of the file: a JPEG's size marker may follow a large EXIF block. */
export const HEADER_BYTES = 256 * 1024;

const u16 = (b: Uint8Array, i: number, little = false) => (little ? b[i]! | (b[i + 1]! << 8) : (b[i]! << 8) | b[i + 1]!);
const u24le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16);
const u32 = (b: Uint8Array, i: number, little = false) =>
  little
    ? (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0
    : ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
const ascii = (b: Uint8Array, i: number, n: number) => String.fromCharCode(...b.subarray(i, i + n));

function jpegSize(b: Uint8Array): { width: number; height: number } | null {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i += 1;
      continue;
    }
    const len = u16(b, i + 2);
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: u16(b, i + 5), width: u16(b, i + 7) };
    }
    if (len < 2) return null;
    i += 2 + len;
  }
  return null;
}

function webpSize(b: Uint8Array): { width: number; height: number } | null {
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8X' && b.length >= 30) return { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
  if (chunk === 'VP8 ' && b.length >= 30 && b[23] === 0x9d && b[24] === 0x01 && b[25] === 0x2a) {
    return { width: u16(b, 26, true) & 0x3fff, height: u16(b, 28, true) & 0x3fff };
  }
  if (chunk === 'VP8L' && b.length >= 25 && b[20] === 0x2f) {
    const bits = u32(b, 21, true);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  return null;
}

/** Format and pixel size from the head of a file (pass at least HEADER_BYTES when the file is that long). */
export function readImageHeader(b: Uint8Array): HeaderResult {
  const done = (format: ImageFormat, size: { width: number; height: number } | null): HeaderResult =>
    size && size.width > 0 && size.height > 0 ? { ok: true, format, ...size } : { ok: false, problem: 'corrupt' };
  if (b.length >= 8 && u32(b, 0) === 0x89504e47 && u32(b, 4) === 0x0d0a1a0a) {
    return done('png', b.length >= 24 && ascii(b, 12, 4) === 'IHDR' ? { width: u32(b, 16), height: u32(b, 20) } : null);
  }
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return done('jpeg', jpegSize(b));
  if (b.length >= 16 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return done('webp', webpSize(b));
  if (b.length >= 10 && ascii(b, 0, 4) === 'GIF8') return done('gif', { width: u16(b, 6, true), height: u16(b, 8, true) });
  if (b.length >= 26 && ascii(b, 0, 2) === 'BM') return done('bmp', { width: u32(b, 18, true), height: Math.abs(u32(b, 22, true) | 0) });
  if (b.length >= 12 && ascii(b, 4, 4) === 'ftyp' && /^(heic|heix|hevc|heim|heis|mif1|msf1|avif)$/.test(ascii(b, 8, 4))) {
    return { ok: false, problem: 'heic' };
  }
  return { ok: false, problem: 'not-image' };
}

/** Whether the engine may be asked to decode an image of this size. */
export function fitsEngine(width: number, height: number): boolean {
  return width * height <= MAX_OCR_PIXELS;
}
