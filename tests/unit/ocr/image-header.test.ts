import { describe, expect, it } from 'vitest';
import { fitsEngine, readImageHeader } from '@/utils/domain/ocr/image-header';

const png = (w: number, h: number) => {
  const b = new Uint8Array(33);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(b.buffer).setUint32(16, w);
  new DataView(b.buffer).setUint32(20, h);
  return b;
};
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

describe('readImageHeader: format and size before any decoding', () => {
  it('reads PNG, JPEG, WebP and GIF sizes', () => {
    expect(readImageHeader(png(1080, 2400))).toEqual({ ok: true, format: 'png', width: 1080, height: 2400 });
    // SOI, an APP0 segment, then SOF0 with height 1334 and width 750.
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 11, 8, 0x05, 0x36, 0x02, 0xee, 3, 0, 0, 0]);
    expect(readImageHeader(jpeg)).toEqual({ ok: true, format: 'jpeg', width: 750, height: 1334 });
    const webp = new Uint8Array([
      ...ascii('RIFF'),
      0,
      0,
      0,
      0,
      ...ascii('WEBPVP8X'),
      10,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0xed,
      0x02,
      0,
      0x35,
      0x05,
      0,
    ]);
    expect(readImageHeader(webp)).toEqual({ ok: true, format: 'webp', width: 750, height: 1334 });
    expect(readImageHeader(new Uint8Array([...ascii('GIF89a'), 0xee, 0x02, 0x36, 0x05]))).toEqual({
      ok: true,
      format: 'gif',
      width: 750,
      height: 1334,
    });
  });

  it('refuses a 10,000 × 30,000 px image before decoding it, accepts a phone screenshot', () => {
    const huge = readImageHeader(png(10_000, 30_000));
    expect(huge.ok && fitsEngine(huge.width, huge.height)).toBe(false);
    expect(fitsEngine(1440, 3200)).toBe(true);
  });

  it('names HEIC, non-images and corrupted headers', () => {
    expect(readImageHeader(new Uint8Array([0, 0, 0, 24, ...ascii('ftypheic'), 0, 0]))).toEqual({ ok: false, problem: 'heic' });
    expect(readImageHeader(new TextEncoder().encode('hello, not an image'))).toEqual({ ok: false, problem: 'not-image' });
    expect(readImageHeader(png(1080, 2400).slice(0, 12))).toEqual({ ok: false, problem: 'corrupt' });
    expect(readImageHeader(png(0, 2400))).toEqual({ ok: false, problem: 'corrupt' });
    expect(readImageHeader(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0x12, 0x34]))).toEqual({ ok: false, problem: 'corrupt' });
    expect(readImageHeader(new Uint8Array([...ascii('RIFF'), 0, 0, 0, 0, ...ascii('WEBPVP8 '), 0, 0, 0, 0]))).toEqual({
      ok: false,
      problem: 'corrupt',
    });
  });
});
