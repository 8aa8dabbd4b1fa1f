import { describe, expect, it } from 'vitest';
import { validateRows } from '@/utils/domain/backup/validate';
import { addEvidence } from '@/utils/db/repos/evidence';
import type { Evidence } from '@/utils/model/records';
import { freshDb } from '../helpers/db';

async function stored(): Promise<Evidence> {
  const db = await freshDb();
  return addEvidence(db, { blob: new Blob(['hello'], { type: 'text/plain' }), name: 'a.txt' }, Date.UTC(2026, 0, 1));
}

describe('restoring evidence from a backup: the type can never make it render as a page', () => {
  it('keeps a plain supported type and its Blob as they are', async () => {
    const e = await stored();
    const [out] = validateRows<Evidence>('evidence', [e]);
    expect(out!.mime).toBe('text/plain');
    expect(out!.blob).toBe(e.blob);
  });

  it('turns HTML, SVG, script and any type with parameters or spaces into application/octet-stream, Blob included', async () => {
    const e = await stored();
    for (const mime of [
      'text/html',
      'image/svg+xml',
      'application/javascript',
      'text/plain; charset=utf-8',
      'text/plain;x=<b>',
      'image/png text/html',
      'TEXT/HTML',
    ]) {
      const [out] = validateRows<Evidence>('evidence', [{ ...e, mime }]);
      expect(out!.mime, mime).toBe('application/octet-stream');
      expect(out!.blob.type, mime).toBe('application/octet-stream');
      expect(await out!.blob.text()).toBe('hello');
    }
  });

  it('re-types a Blob whose own type disagrees with the record (an HTML Blob under "image/png")', async () => {
    const e = await stored();
    const [out] = validateRows<Evidence>('evidence', [
      { ...e, mime: 'image/png', blob: new Blob(['<script>1</script>'], { type: 'text/html' }) },
    ]);
    expect(out!.mime).toBe('image/png');
    expect(out!.blob.type).toBe('image/png');
    const [empty] = validateRows<Evidence>('evidence', [{ ...e, mime: '', blob: new Blob(['<b>'], { type: 'text/html' }) }]);
    expect(empty!.mime).toBe('');
    expect(empty!.blob.type).toBe('');
  });
});
