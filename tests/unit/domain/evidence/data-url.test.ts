import { describe, expect, it } from 'vitest';
import { dataUrlToBlob } from '@/utils/domain/evidence/data-url';

describe('dataUrlToBlob', () => {
  it('decodes the bytes and the type of a base64 data URL', async () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255, 128, 10]);
    const url = `data:image/png;base64,${btoa(String.fromCharCode(...bytes))}`;
    const blob = dataUrlToBlob(url);
    expect(blob.type).toBe('image/png');
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([...bytes]);
  });

  it('refuses anything that is not a base64 data URL', () => {
    for (const bad of ['https://example.com/a.png', 'data:image/png,raw', 'data:image/png;base64,@@', 'blob:x']) {
      expect(() => dataUrlToBlob(bad), bad).toThrow();
    }
  });
});
