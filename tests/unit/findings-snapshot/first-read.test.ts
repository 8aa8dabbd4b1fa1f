import { describe, expect, it } from 'vitest';
import { firstRead } from '@/components/first-read';

describe('firstRead', () => {
  it('gives the value when the read is quick', async () => {
    expect(await firstRead(async () => 42, 50)).toBe(42);
  });
  it('gives undefined when the read fails or is too slow, without waiting for it', async () => {
    expect(await firstRead(() => Promise.reject(new Error('blocked')), 50)).toBeUndefined();
    // A read that never ends (a blocked database) still lets the page render.
    expect(await firstRead(() => new Promise(() => {}), 30)).toBeUndefined();
  });
});
