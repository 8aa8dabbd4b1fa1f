import { describe, expect, it } from 'vitest';
import { accepts } from '@/entrypoints/complaint-panel.content/attach';

describe('file input accept lists', () => {
  it('matches extensions, wildcard and exact types; an empty list takes anything', () => {
    expect(accepts('image/*,.pdf', 'a.PNG', 'image/png')).toBe(true);
    expect(accepts('image/*,.pdf', 'scan.pdf', 'application/pdf')).toBe(true);
    expect(accepts('image/*,.pdf', 'log.txt', 'text/plain')).toBe(false);
    expect(accepts('image/jpeg', 'a.png', 'image/png')).toBe(false);
    expect(accepts('', 'any.bin', 'application/octet-stream')).toBe(true);
  });
});
