import { describe, expect, it } from 'vitest';
import { isSupportedType, OPAQUE_MIME, safeMime, viewKind } from '@/utils/domain/evidence/file-type';

describe('evidence types: what may be shown inline', () => {
  it('shows the supported types inline, each in its own way', () => {
    expect(viewKind('image/png')).toBe('image');
    expect(viewKind('audio/mpeg')).toBe('audio');
    expect(viewKind('video/mp4')).toBe('video');
    expect(viewKind('application/pdf')).toBe('pdf');
    expect(viewKind('text/plain')).toBe('text');
    expect(viewKind('IMAGE/JPEG')).toBe('image');
  });

  it('offers everything else, and anything that is not a bare token, as a download only', () => {
    for (const m of [
      'text/html',
      'image/svg+xml',
      'application/xhtml+xml',
      'text/javascript',
      'application/octet-stream',
      'application/zip',
      'text/plain; charset=utf-8',
      'text/plain;x=<script>',
      'image/png ,text/html',
      'image/png\ttext/html',
      '',
      'png',
    ]) {
      expect(viewKind(m), m).toBe('download');
    }
  });

  it('turns any type with parameters, spaces or active content into application/octet-stream', () => {
    expect(safeMime('image/png')).toBe('image/png');
    expect(safeMime(' Image/PNG ')).toBe('image/png');
    expect(safeMime('application/zip')).toBe('application/zip');
    for (const m of [
      'text/html',
      'image/svg+xml',
      'text/javascript',
      'application/ecmascript',
      'text/xml',
      'text/plain;charset=utf-8',
      'image/png text/html',
      'a/b"c',
      '',
    ]) {
      expect(safeMime(m), m).toBe(OPAQUE_MIME);
    }
  });

  it('still accepts supported types with parameters when a file is added (the stored type is the bare one)', () => {
    expect(isSupportedType('audio/ogg; codecs=opus')).toBe(true);
  });
});
